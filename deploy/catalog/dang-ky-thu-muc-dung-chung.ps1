# Registers the shared-folder add-in catalog for the current Windows user, the way Word's Trust Center ›
# Trusted Add-in Catalogs does (Microsoft: "Sideload Office Add-ins for testing from a network share",
# office-js-docs-pr docs/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins.md).
# Office 2016, 2019, 2021, 2024 and Microsoft 365 all read the 16.0 key. Close Word first; the catalog shows
# at its next start under Insert › My Add-ins › SHARED FOLDER.
#
#   powershell -ExecutionPolicy Bypass -File dang-ky-thu-muc-dung-chung.ps1 -Share "\\maychu\PhanBoTro"
#
# Run it at logon (Group Policy › User Configuration › Windows Settings › Scripts) to register it for every user.
# The fixed Id makes running it again update the same entry instead of adding another.
param(
    [Parameter(Mandatory = $true)][string]$Share,
    [string]$Id = "{3c9f2b64-8d1e-4f7a-b0c5-5e6a7d8f9b21}"
)
$ErrorActionPreference = "Stop"
if ($Share -notmatch '^\\\\[^\\]+\\[^\\]+') {
    Write-Error "Share phải là đường dẫn mạng dạng \\maychu\thumuc (không phải ổ đĩa như Z:\ hay địa chỉ http)."
}
$key = "HKCU:\Software\Microsoft\Office\16.0\WEF\TrustedCatalogs\$Id"
New-Item -Path $key -Force | Out-Null
Set-ItemProperty -Path $key -Name "Id" -Value $Id
Set-ItemProperty -Path $key -Name "Url" -Value $Share
# 1 = "Show in Menu": the catalog is listed in Word's My Add-ins dialog.
Set-ItemProperty -Path $key -Name "Flags" -Value 1 -Type DWord
Write-Output "Đã đăng ký thư mục $Share. Mở lại Word: Chèn › Phần bổ trợ của tôi › THƯ MỤC DÙNG CHUNG › Soạn báo cáo."
