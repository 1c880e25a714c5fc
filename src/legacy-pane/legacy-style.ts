// The legacy pane's look: plain CSS that IE 11 understands (no custom properties, no grid), close to Word's own
// task panes. Inserted by index.ts, so the page needs no second stylesheet.
export const LEGACY_STYLE = [
  "body{font:14px/1.45 'Segoe UI',Tahoma,Arial,sans-serif;color:#201f1e;margin:0;-ms-overflow-style:scrollbar}",
  ".legacy-pane{padding:8px 12px 24px}",
  "h1{font-size:20px;font-weight:600;margin:4px 0 8px}",
  "h2{font-size:15px;font-weight:600;margin:18px 0 6px;border-bottom:1px solid #c8c6c4;padding-bottom:2px}",
  ".field{margin:6px 0}.field label{display:block}.label{display:block;margin-bottom:2px}",
  ".hint{color:#605e5c;font-size:12px;margin:2px 0 6px}",
  ".mode{background:#f3f2f1;padding:6px 8px;margin:0 0 8px}",
  "input[type=text],select{font:inherit;padding:3px 4px;border:1px solid #8a8886;max-width:100%}",
  "table.figures{border-collapse:collapse;width:100%}table.figures th,table.figures td{border-bottom:1px solid #edebe9;padding:3px 4px;text-align:left;font-weight:normal}",
  "table.figures thead th{font-weight:600}table.figures input{width:90%}",
  "button{font:inherit;padding:5px 14px;margin:4px 0;border:1px solid #8a8886;background:#fff;cursor:pointer}",
  "button:focus,input:focus,select:focus{outline:2px solid #0078d4;outline-offset:1px}",
  "button[disabled]{color:#a19f9d;cursor:default}",
  "#pane-status{margin:10px 0 0;color:#107c10}",
  "#pane-error{color:#a4262c}.alert-title{font-weight:600;margin:8px 0 2px}",
].join("\n");
