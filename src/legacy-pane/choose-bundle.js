// Inlined at the end of taskpane.html and commands.html (webpack.config.js): the one place that decides which
// bundle this webview can run. It must itself be ES5 — it runs in Internet Explorer 11 — and it is checked by
// `es-check es5` in tests/legacy-pane/.
//
// Office 2013, Office 2016/2019 volume-licensed, and retail Office 2016/2019 without the WebView2 runtime show
// add-ins in Trident (IE 11, user agent "Trident/") or EdgeHTML (user agent "… Edge/18.x"); neither parses the
// modern bundle (ES2020, React 19, Fluent UI 9). Chromium Edge (WebView2) says "Edg/" and gets the modern one.
// Sources: Microsoft, "Browsers and webview controls used by Office Add-ins" and "Support older Microsoft
// webviews and Office versions" (office-js-docs-pr: docs/concepts/browsers-used-by-office-web-add-ins.md,
// docs/develop/support-ie-11.md).
//
// Where even the chosen bundle cannot start (a file the network did not deliver, a webview older than any
// tested), a plain message says which Word versions work and that the page also runs in a current browser.
(function () {
  var tag = document.getElementById("choose-bundle");
  var legacy = /Trident\/|MSIE |\bEdge\/\d/.test(navigator.userAgent);
  var list = tag.getAttribute(legacy ? "data-legacy" : "data-modern") || "";
  var files = list.split(" ");
  var started = new Date().getTime();
  var message = null;
  document.documentElement.setAttribute("data-bundle", legacy ? "legacy" : "modern");

  function ready() {
    return document.body.getAttribute("data-ready") === "true";
  }
  function fail() {
    if (message !== null || ready()) return;
    message = document.createElement("p");
    message.id = "start-failed";
    message.setAttribute("role", "alert");
    message.style.cssText = "font: 14px/1.5 'Segoe UI', Arial, sans-serif; margin: 16px; color: #a4262c;";
    message.appendChild(
      document.createTextNode(
        "Soạn báo cáo chưa khởi động được trong Word này. Phần bổ trợ chạy trên Word 2016 trở lên " +
          "(Word 2021, 2024 và Microsoft 365: bản đầy đủ; Word 2016, 2019: bản rút gọn). Hãy đóng ngăn rồi mở lại; " +
          "nếu vẫn vậy, báo bộ phận công nghệ thông tin. Ngoài Word, có thể mở trang này bằng Microsoft Edge, " +
          "Chrome hoặc Firefox để soạn và tải về tệp .docx."
      )
    );
    document.body.appendChild(message);
  }
  // A pane that becomes ready after all (a slow network) takes the message away again.
  var watch = setInterval(function () {
    if (ready()) {
      if (message !== null && message.parentNode) message.parentNode.removeChild(message);
      clearInterval(watch);
    } else if (new Date().getTime() - started > 30000) {
      fail();
      if (new Date().getTime() - started > 120000) clearInterval(watch);
    }
  }, 500);
  window.addEventListener("error", function () {
    // An error before the pane is up: give the bundle a moment (it may recover), then say so.
    if (!ready()) setTimeout(fail, 3000);
  });
  for (var i = 0; i < files.length; i++) {
    if (files[i] === "") continue;
    var script = document.createElement("script");
    script.src = files[i];
    // Dynamically added scripts run in the order added only with async = false (IE 10 and later honour it).
    script.async = false;
    script.onerror = fail;
    document.body.appendChild(script);
  }
})();
