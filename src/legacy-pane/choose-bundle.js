// Inlined at the end of taskpane.html and commands.html (webpack.config.js): the one place that decides which
// bundle this webview can run. It must itself be ES5 — it runs in Internet Explorer 11 — and it is checked by
// `es-check es5` in tests/build.test.ts.
//
// Office 2013, Office 2016/2019 volume-licensed, and retail Office 2016/2019 without the WebView2 runtime show
// add-ins in Trident (IE 11, user agent "Trident/") or EdgeHTML (user agent "… Edge/18.x"); neither parses the
// modern bundle (ES2020, React 19, Fluent UI 9). Chromium Edge (WebView2) says "Edg/" and gets the modern one.
// Sources: Microsoft, "Browsers and webview controls used by Office Add-ins" and "Support older Microsoft
// webviews and Office versions" (office-js-docs-pr: docs/concepts/browsers-used-by-office-web-add-ins.md,
// docs/develop/support-ie-11.md).
(function () {
  var tag = document.getElementById("choose-bundle");
  var legacy = /Trident\/|MSIE |\bEdge\/\d/.test(navigator.userAgent);
  var list = tag.getAttribute(legacy ? "data-legacy" : "data-modern") || "";
  var files = list.split(" ");
  document.documentElement.setAttribute("data-bundle", legacy ? "legacy" : "modern");
  for (var i = 0; i < files.length; i++) {
    if (files[i] === "") continue;
    var script = document.createElement("script");
    script.src = files[i];
    // Dynamically added scripts run in the order added only with async = false (IE 10 and later honour it).
    script.async = false;
    document.body.appendChild(script);
  }
})();
