<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Data (bookmarks, notes, library)</source>
        <translation>資料（書籤、筆記、報庫）</translation>
    </message>
    <message>
        <source>Cache (parsed issues, search index)</source>
        <translation>快取（已解析的報紙、搜尋索引）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>About Broadsheet</source>
        <translation>關於 Broadsheet</translation>
    </message>
    <message>
        <source>A reader for digitized newspapers: articles rebuilt from OCR text.</source>
        <translation>數位化報紙閱讀器：從 OCR 文字還原出一篇篇文章。</translation>
    </message>
    <message>
        <source>Folders (click to open):</source>
        <translation>資料夾（點選開啟）：</translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation>在檔案管理器中開啟 {folder}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and folders, for a bug report</source>
        <translation>複製版本與資料夾資訊，用於報告問題</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Read it on {page} →</source>
        <translation>轉至{page}閱讀 →</translation>
    </message>
    <message>
        <source>Go to {page} →</source>
        <translation>轉至{page} →</translation>
    </message>
    <message>
        <source>{text} (not in this issue)</source>
        <translation>{text}（不在本期）</translation>
    </message>
    <message>
        <source>{page}: text not placed in any story</source>
        <translation>{page}：未歸入任何文章的文字</translation>
    </message>
    <message>
        <source>Page furniture: {lines}</source>
        <translation>版面元素：{lines}</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>story not found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <source>issue missing</source>
        <translation>報紙缺失</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>報紙</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>筆記：{note}</translation>
    </message>
    <message>
        <source>Kept: the story could not be found in the issue as it reads now</source>
        <translation>已保留：在這期報紙的目前版本中找不到這篇文章</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>復原刪除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every bookmark to a Markdown or JSON file</source>
        <translation>把全部書籤寫入 Markdown 或 JSON 檔案</translation>
    </message>
    <message>
        <source>Reading the bookmarks…</source>
        <translation>正在讀取書籤…</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press {key} on a story (Story › Bookmark) to keep it here, with a note of your own; bookmarks stay when the issue is read again.</source>
        <translation>還沒有書籤。在文章上按 {key}（文章 › 書籤）即可收藏到這裡，還能寫上自己的筆記；報紙重新解析後書籤仍在。</translation>
    </message>
    <message>
        <source>Bookmarked stories</source>
        <translation>已加書籤的文章</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n bookmark(s) — Undo Delete brings them back</source>
        <translation>
            <numerusform>已刪除 %n 個書籤——「復原刪除」可以恢復</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>匯出書籤</translation>
    </message>
    <message>
        <source>Bookmarks exported to {path}</source>
        <translation>書籤已匯出到 {path}</translation>
    </message>
    <message>
        <source>{headline}: {state} — the bookmark is kept</source>
        <translation>{headline}：{state}——書籤已保留</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Page {number}</source>
        <translation>第{number}版</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外錯誤</translation>
    </message>
    <message>
        <source>Broadsheet hit an unexpected error and carried on.

{summary}

Details are in the log file:
{log_file}</source>
        <translation>Broadsheet 遇到一個意外錯誤，已繼續執行。

{summary}

詳細資訊見日誌檔案：
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and the error, to paste into a bug report</source>
        <translation>複製版本與錯誤資訊，以便貼上到問題報告中</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since; all are in the log.</source>
        <translation>
            <numerusform>此後又出現 %n 個錯誤，都已記入日誌。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已複製(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>The library is still opening; try again in a moment</source>
        <translation>報庫仍在開啟，請稍後再試</translation>
    </message>
    <message>
        <source>The library is not available: {reason}</source>
        <translation>報庫不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 網頁</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>Export Selected Stories</source>
        <translation>匯出所選文章</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected story(s).</source>
        <translation>
            <numerusform>匯出所選的 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Start each story on a &amp;new page</source>
        <translation>每篇文章另起一頁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contents list at the start</source>
        <translation>開頭加目錄(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;picture of each story cut from its page scan (PDF)</source>
        <translation>附上從版面掃描圖裁下的文章圖片（PDF）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep highlighted terms</source>
        <translation>保留高亮詞語(&amp;K)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>紙張大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字號(&amp;T)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Marks: {terms}</source>
        <translation>高亮：{terms}</translation>
    </message>
    <message>
        <source>No terms are highlighted now</source>
        <translation>目前沒有高亮的詞語</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>請選擇要匯出到的檔案。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是資料夾，請給出檔名。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>資料夾 {path} 不存在。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>%n marked for export</source>
        <translation>
            <numerusform>已標記 %n 篇待匯出</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: select stories, or mark them with x</source>
        <translation>沒有可匯出的內容：請選擇文章，或按 x 標記</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n story(s) to {path}…</source>
        <translation>
            <numerusform>正在把 %n 篇文章匯出到 {path}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已匯出到 {path}</translation>
    </message>
    <message>
        <source>Export failed; nothing was written</source>
        <translation>匯出失敗，沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>匯出已取消，沒有寫入任何檔案</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Exporting to {name}…</source>
        <translation>正在匯出到 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <source>next story</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <source>previous story</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <source>read on</source>
        <translation>往下讀</translation>
    </message>
    <message>
        <source>highlight words</source>
        <translation>標示詞語</translation>
    </message>
    <message>
        <source>open an issue</source>
        <translation>打開一期報紙</translation>
    </message>
    <message>
        <source>Every key: {keys} or Help › Keyboard Shortcuts.</source>
        <translation>全部快捷鍵：{keys} 或 說明 › 鍵盤快捷鍵。</translation>
    </message>
    <message>
        <source>Welcome! The keys that matter:</source>
        <translation>歡迎！最常用的鍵：</translation>
    </message>
    <message>
        <source>All &amp;Keys</source>
        <translation>全部快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Got It</source>
        <translation>知道了(&amp;G)</translation>
    </message>
    <message>
        <source>Hide this hint for good (Esc)</source>
        <translation>不再顯示此提示（Esc）</translation>
    </message>
</context>
<context>
    <name>FocusMark</name>
    <message>
        <source>Keyboard focus</source>
        <translation>鍵盤焦點</translation>
    </message>
</context>
<context>
    <name>HeadlineModel</name>
    <message>
        <source>Story</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>圖片說明</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>導讀</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>啟事</translation>
    </message>
    <message>
        <source>Unplaced text</source>
        <translation>未歸類文字</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中數</translation>
    </message>
    <message numerus="yes">
        <source>Unplaced text (%n line(s))</source>
        <translation>
            <numerusform>未歸類文字（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>no headline</source>
        <translation>無標題</translation>
    </message>
    <message>
        <source>low confidence {percent}</source>
        <translation>解析把握較低 {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 處命中</numerusform>
        </translation>
    </message>
    <message>
        <source>no headline; title taken from the text</source>
        <translation>無標題；標題取自正文</translation>
    </message>
    <message>
        <source>parsed with low confidence ({percent}): check it</source>
        <translation>解析把握較低（{percent}）：請核對</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>marked for export</source>
        <translation>已標記待匯出</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加書籤</translation>
    </message>
</context>
<context>
    <name>HeadlineTag</name>
    <message>
        <source>brief</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>teaser</source>
        <translation>導讀</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>啟事</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未歸類</translation>
    </message>
</context>
<context>
    <name>HighlightBar</name>
    <message>
        <source>Highlight terms: 科技 AI &quot;New York&quot;</source>
        <translation>高亮詞語：科技 AI &quot;New York&quot;</translation>
    </message>
    <message>
        <source>Loading the Chinese word list…</source>
        <translation>正在載入中文詞表…</translation>
    </message>
    <message>
        <source>Highlight bar</source>
        <translation>高亮列</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>整詞(&amp;W)</translation>
    </message>
    <message>
        <source>O&amp;nly stories with hits</source>
        <translation>只列有命中的文章(&amp;N)</translation>
    </message>
    <message>
        <source>Previous hit (Shift+N, Shift+F3)</source>
        <translation>上一處命中（Shift+N、Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (N, F3)</source>
        <translation>下一處命中（N、F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Highligh&amp;t</source>
        <translation>高亮(&amp;T)</translation>
    </message>
    <message>
        <source>Highlight terms</source>
        <translation>高亮詞語</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一處命中</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一處命中</translation>
    </message>
    <message>
        <source>Close the highlight bar</source>
        <translation>關閉高亮列</translation>
    </message>
    <message>
        <source>Hits per term</source>
        <translation>各詞命中數</translation>
    </message>
    <message>
        <source>Match whole words: Chinese words as jieba cuts them, Latin words on letter boundaries</source>
        <translation>整詞匹配：中文按 jieba 分詞，西文按字母邊界</translation>
    </message>
    <message numerus="yes">
        <source>in %n story(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Highlighting</name>
    <message>
        <source>No more hits</source>
        <translation>後面沒有命中了</translation>
    </message>
    <message>
        <source>No earlier hits</source>
        <translation>前面沒有命中了</translation>
    </message>
    <message>
        <source>Hit {number} of {total} in this story: {text}</source>
        <translation>本篇第 {number} 處命中，共 {total} 處：{text}</translation>
    </message>
    <message>
        <source>Word list: loading…</source>
        <translation>詞表：載入中…</translation>
    </message>
    <message>
        <source>Word list: ready</source>
        <translation>詞表：就緒</translation>
    </message>
    <message>
        <source>Word list: unavailable</source>
        <translation>詞表：不可用</translation>
    </message>
    <message>
        <source>Type the terms to keep in the highlight bar first</source>
        <translation>請先在高亮列中輸入要儲存的詞語</translation>
    </message>
    <message>
        <source>Save Highlight Set</source>
        <translation>儲存高亮詞組</translation>
    </message>
    <message>
        <source>Keep {terms} as:</source>
        <translation>將 {terms} 儲存為：</translation>
    </message>
    <message>
        <source>Set not saved: {reason}</source>
        <translation>詞組未儲存：{reason}</translation>
    </message>
    <message>
        <source>Saved the highlight set “{name}”</source>
        <translation>已儲存高亮詞組「{name}」</translation>
    </message>
    <message>
        <source>Deleted the highlight set “{name}”</source>
        <translation>已刪除高亮詞組「{name}」</translation>
    </message>
    <message>
        <source>No saved sets</source>
        <translation>沒有已儲存的詞組</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Adding issues</source>
        <translation>正在加入報紙期次</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop; the issues finished so far stay</source>
        <translation>停止；已完成的期次會保留</translation>
    </message>
    <message>
        <source>Looking for issues…</source>
        <translation>正在尋找報紙期次…</translation>
    </message>
    <message>
        <source>{done} of {total} issues · {rate} pages/s · {left} left</source>
        <translation>已處理 {done}/{total} 期 · 每秒 {rate} 版 · 剩餘 {left}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>報庫(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Page or Issue…</source>
        <translation>開啟版面或一期報紙(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a page file</source>
        <translation>開啟一個版面檔案</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>開啟資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Open an issue folder</source>
        <translation>開啟一期報紙的資料夾</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>匯出所選(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the marked (x) or selected stories: PDF, Markdown, HTML, text</source>
        <translation>匯出已標記（x）或所選的文章：PDF、Markdown、HTML、純文字</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Broadsheet</source>
        <translation>結束 Broadsheet</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>預設字號</translation>
    </message>
    <message>
        <source>&amp;Filter Headlines</source>
        <translation>篩選標題(&amp;F)</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>輸入文字以縮小列表</translation>
    </message>
    <message>
        <source>&amp;Close Bars</source>
        <translation>關閉工具列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>閱讀設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Fonts, text size, line spacing, column width, justified or ragged, theme</source>
        <translation>字型、字級、行距、欄寬、左右對齊或靠左、主題</translation>
    </message>
    <message>
        <source>Next &amp;Theme</source>
        <translation>下一個主題(&amp;T)</translation>
    </message>
    <message>
        <source>Switch theme: follow the system, light, sepia, dark</source>
        <translation>切換主題：跟隨系統、淺色、護眼黃、深色</translation>
    </message>
    <message>
        <source>Full Scr&amp;een</source>
        <translation>全螢幕(&amp;E)</translation>
    </message>
    <message>
        <source>Only the story, on the whole screen (F11 or Esc to leave)</source>
        <translation>全螢幕只顯示正文（按 F11 或 Esc 離開）</translation>
    </message>
    <message>
        <source>Mark Stories Read When &amp;Shown</source>
        <translation>顯示時標為已讀(&amp;S)</translation>
    </message>
    <message>
        <source>Setting: a story becomes read when it is shown</source>
        <translation>設定：文章一顯示即標為已讀</translation>
    </message>
    <message>
        <source>&amp;Page Picture</source>
        <translation>版面圖(&amp;P)</translation>
    </message>
    <message>
        <source>Show the printed page beside the story, its zones outlined (click a zone to read it)</source>
        <translation>在文章旁顯示印刷版面，並勾出各區域（點選區域即可閱讀）</translation>
    </message>
    <message>
        <source>Enlarge the page picture (also Ctrl+wheel; drag or the arrows to pan)</source>
        <translation>放大版面圖（也可用 Ctrl+滾輪；拖動或用方向鍵平移）</translation>
    </message>
    <message>
        <source>&amp;Zoom Page Out</source>
        <translation>縮小版面(&amp;Z)</translation>
    </message>
    <message>
        <source>Shrink the page picture</source>
        <translation>縮小版面圖</translation>
    </message>
    <message>
        <source>Page Fit &amp;Width</source>
        <translation>版面適合寬度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page picture to the pane&apos;s width</source>
        <translation>讓版面圖適合窗格寬度</translation>
    </message>
    <message>
        <source>&amp;Doubtful Words</source>
        <translation>存疑字詞(&amp;D)</translation>
    </message>
    <message>
        <source>Underline and dim the words the OCR engine was unsure of</source>
        <translation>給 OCR 引擎沒有把握的字詞加下劃線並調暗</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>Next story</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>&amp;Previous Story</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Previous story</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>&amp;First Story</source>
        <translation>第一篇(&amp;F)</translation>
    </message>
    <message>
        <source>First story</source>
        <translation>第一篇文章</translation>
    </message>
    <message>
        <source>&amp;Last Story</source>
        <translation>最後一篇(&amp;L)</translation>
    </message>
    <message>
        <source>Last story</source>
        <translation>最後一篇文章</translation>
    </message>
    <message>
        <source>Next Pa&amp;ge</source>
        <translation>下一版(&amp;G)</translation>
    </message>
    <message>
        <source>First story of the next page</source>
        <translation>下一版的第一篇文章</translation>
    </message>
    <message>
        <source>Previous P&amp;age</source>
        <translation>上一版(&amp;A)</translation>
    </message>
    <message>
        <source>First story of the previous page</source>
        <translation>上一版的第一篇文章</translation>
    </message>
    <message>
        <source>Scroll &amp;Down</source>
        <translation>向下滾動(&amp;D)</translation>
    </message>
    <message>
        <source>Scroll a screen down; at the bottom, go to the next story</source>
        <translation>向下滾動一屏；到底後轉到下一篇</translation>
    </message>
    <message>
        <source>Scroll &amp;Up</source>
        <translation>向上滾動(&amp;U)</translation>
    </message>
    <message>
        <source>Move focus between the list and the pane</source>
        <translation>在列表和閱讀窗格之間切換焦點</translation>
    </message>
    <message>
        <source>F&amp;ollow Teaser</source>
        <translation>跟隨導讀(&amp;O)</translation>
    </message>
    <message>
        <source>Go to the story a teaser or a continuation line points to</source>
        <translation>轉到導讀或轉版提示所指的文章</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>切換已讀(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the story read or unread</source>
        <translation>把文章標為已讀或未讀</translation>
    </message>
    <message>
        <source>Select the next story too</source>
        <translation>同時選中下一篇文章</translation>
    </message>
    <message>
        <source>H&amp;ighlight</source>
        <translation>高亮(&amp;I)</translation>
    </message>
    <message>
        <source>Back to the headline list from a panel; close the highlight bar; clear the filter</source>
        <translation>從面板回到標題列表；關閉高亮列；清除篩選</translation>
    </message>
    <message>
        <source>Zoom Page I&amp;n</source>
        <translation>放大版面(&amp;N)</translation>
    </message>
    <message>
        <source>Scroll a screen up; at the top, go to the end of the previous story</source>
        <translation>向上捲動一屏；到頂時轉到上一篇文章的末尾</translation>
    </message>
    <message>
        <source>&amp;Switch Focus</source>
        <translation>切換焦點(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Region</source>
        <translation>下一區域(&amp;X)</translation>
    </message>
    <message>
        <source>Move the keyboard to the next part of the window: list, story, page, panels</source>
        <translation>把鍵盤移到視窗的下一部分：列表、正文、版面、面板</translation>
    </message>
    <message>
        <source>Pre&amp;vious Region</source>
        <translation>上一區域(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous part of the window</source>
        <translation>把鍵盤移到視窗的上一部分</translation>
    </message>
    <message>
        <source>&amp;Menu Bar</source>
        <translation>選單列(&amp;M)</translation>
    </message>
    <message>
        <source>Open the menu bar (then the arrows; Esc goes back)</source>
        <translation>開啟選單列（再用方向鍵；Esc 返回）</translation>
    </message>
    <message>
        <source>Extend Selection &amp;Down</source>
        <translation>向下擴展選取(&amp;D)</translation>
    </message>
    <message>
        <source>Extend Selection &amp;Up</source>
        <translation>向上擴展選取(&amp;U)</translation>
    </message>
    <message>
        <source>Select the previous story too</source>
        <translation>同時選中上一篇文章</translation>
    </message>
    <message>
        <source>Select &amp;All Stories</source>
        <translation>選擇全部文章(&amp;A)</translation>
    </message>
    <message>
        <source>Select every listed story</source>
        <translation>選中列表中的每篇文章</translation>
    </message>
    <message>
        <source>&amp;Mark for Export</source>
        <translation>標記待匯出(&amp;M)</translation>
    </message>
    <message>
        <source>Mark or unmark the story for export (then File › Export Selected)</source>
        <translation>標記或取消標記待匯出的文章（然後用 檔案 › 匯出所選）</translation>
    </message>
    <message>
        <source>&amp;Clear Export Marks</source>
        <translation>清除匯出標記(&amp;C)</translation>
    </message>
    <message>
        <source>Unmark every story</source>
        <translation>取消所有文章的標記</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the story, or drop its bookmark (a star in the list)</source>
        <translation>給文章加書籤或去掉書籤（列表中顯示星號）</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the story (it is bookmarked with it)</source>
        <translation>給文章寫筆記（文章同時加上書籤）</translation>
    </message>
    <message>
        <source>&amp;Highlight Terms…</source>
        <translation>高亮詞語(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the highlight bar</source>
        <translation>開啟高亮列</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>下一處命中(&amp;N)</translation>
    </message>
    <message>
        <source>Next hit, in the next story if needed</source>
        <translation>下一處命中，必要時轉到下一篇</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>上一處命中(&amp;P)</translation>
    </message>
    <message>
        <source>Previous hit, in the previous story if needed</source>
        <translation>上一處命中，必要時轉到上一篇</translation>
    </message>
    <message>
        <source>&amp;Only Stories with Hits</source>
        <translation>只列有命中的文章(&amp;O)</translation>
    </message>
    <message>
        <source>List only stories where a term occurs</source>
        <translation>只列出出現了所找詞語的文章</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>整詞匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Match whole words (Chinese words as jieba cuts them)</source>
        <translation>整詞匹配（中文按 jieba 分詞）</translation>
    </message>
    <message>
        <source>&amp;Save Terms as a Set…</source>
        <translation>把詞語存為詞組(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the highlighted terms under a name, to use again (Highlight › Highlight Sets)</source>
        <translation>以一個名字儲存高亮的詞語，以便再用（高亮 › 高亮詞組）</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>搜尋報庫(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every story of every issue opened so far</source>
        <translation>搜尋開啟過的每期報紙的每篇文章</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <source>Show the bookmarks panel: jump, edit notes, delete, export</source>
        <translation>顯示書籤面板：跳轉、編輯筆記、刪除、匯出</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>報紙(&amp;I)</translation>
    </message>
    <message>
        <source>Show every issue opened so far: open, add a folder, remove</source>
        <translation>顯示開啟過的每期報紙：開啟、新增資料夾、移除</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation>關於 Broadsheet(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本與致謝</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Highlight S&amp;ets</source>
        <translation>高亮詞組(&amp;E)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>介面語言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Follow the System ({language})</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start</source>
        <translation>下次啟動時介面將使用{language}</translation>
    </message>
</context>
<context>
    <name>LayoutGuard</name>
    <message>
        <source>No room for a panel beside the story on this screen: it floats over the window</source>
        <translation>螢幕上內文旁沒有放面板的地方：面板浮在視窗之上</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Paper</source>
        <translation>報刊名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版數</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>文章數</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次開啟</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>加入資料夾(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library</source>
        <translation>從報庫移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forgets the cached issue; your files are not touched</source>
        <translation>只刪除快取中的這期報紙；你的檔案不受影響</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>報刊名</translation>
    </message>
    <message>
        <source>Show one newspaper only</source>
        <translation>只顯示一種報刊</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>報刊名(&amp;P)：</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Issues in the library</source>
        <translation>報庫中的各期</translation>
    </message>
    <message>
        <source>A year (1916), a month (1916-02) or a day (1916-02-14)</source>
        <translation>年（1916）、月（1916-02）或日（1916-02-14）</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>全部報刊</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期報紙</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issues from a folder</source>
        <translation>從資料夾新增報紙</translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s)</source>
        <translation>
            <numerusform>已新增 %n 期報紙</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s) ({parsed} read, the rest from the cache)</source>
        <translation>
            <numerusform>已新增 %n 期報紙（讀取 {parsed} 期，其餘來自快取）</numerusform>
        </translation>
    </message>
    <message>
        <source>— cancelled; the issues finished are kept</source>
        <translation>——已取消；已完成的期次已保留</translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read: {reason}</source>
        <translation>
            <numerusform>；%n 期無法讀取：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the files are no longer there</source>
        <translation>{path}：檔案已不在原處</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>護眼黃</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>主題：{theme}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter headlines  (Ctrl+L)</source>
        <translation>篩選標題（Ctrl+L）</translation>
    </message>
    <message>
        <source>Filter headlines</source>
        <translation>篩選標題</translation>
    </message>
    <message>
        <source>Headlines</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>在列表中的位置</translation>
    </message>
    <message>
        <source>Word list: not loaded</source>
        <translation>詞表：未載入</translation>
    </message>
    <message>
        <source>Chinese word list</source>
        <translation>中文詞表</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first of %n path(s)</source>
        <translation>
            <numerusform>已開啟 %n 個路徑中的第一個</numerusform>
        </translation>
    </message>
    <message>
        <source>That story is no longer in this issue</source>
        <translation>這期報紙中已沒有那篇文章</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 版</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: {pages}, {items}</source>
        <translation>{title}：{pages}，{items}</translation>
    </message>
    <message>
        <source>This item points nowhere in this issue</source>
        <translation>這一條在本期中沒有指向的文章</translation>
    </message>
    <message>
        <source>Only a story can be bookmarked</source>
        <translation>只有文章可以加書籤</translation>
    </message>
    <message>
        <source>Could not save the bookmark: {reason}</source>
        <translation>無法儲存書籤：{reason}</translation>
    </message>
    <message>
        <source>Bookmarked: {title}</source>
        <translation>已加書籤：{title}</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>已去掉書籤：{title}</translation>
    </message>
    <message>
        <source>Only a story can have a note</source>
        <translation>只有文章可以寫筆記</translation>
    </message>
    <message>
        <source>Could not read the note: {reason}</source>
        <translation>無法讀取筆記：{reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Your note on “{title}”:</source>
        <translation>你對「{title}」的筆記：</translation>
    </message>
    <message>
        <source>Could not save the note: {reason}</source>
        <translation>無法儲存筆記：{reason}</translation>
    </message>
    <message>
        <source>Note kept: {title}</source>
        <translation>筆記已儲存：{title}</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>縮放 {percent}%</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>{number} of {count}</source>
        <translation>第 {number} 篇，共 {count} 篇</translation>
    </message>
    <message>
        <source>Last story of the issue</source>
        <translation>已是本期最後一篇</translation>
    </message>
    <message>
        <source>First story of the issue</source>
        <translation>已是本期第一篇</translation>
    </message>
    <message>
        <source>No more pages</source>
        <translation>沒有更多版面了</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Pages ({patterns})</source>
        <translation>版面檔案（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>{path}: unexpected error ({error}); see the log</source>
        <translation>{path}：意外錯誤（{error}）；請檢視日誌</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在開啟 {path}…</translation>
    </message>
    <message>
        <source>Pages missing</source>
        <translation>缺頁</translation>
    </message>
    <message>
        <source>Text read with warnings</source>
        <translation>讀取時有警告</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 條</translation>
    </message>
    <message>
        <source>Could not open {path}</source>
        <translation>無法開啟 {path}</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>Open a page or issue</source>
        <translation>開啟版面或一期報紙</translation>
    </message>
    <message>
        <source>Open an issue folder</source>
        <translation>開啟一期報紙的資料夾</translation>
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>The page picture is closed for want of room: widen the window or close a panel</source>
        <translation>空間不夠，版面圖已關閉：加寬視窗或關閉一個面板即可恢復</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page picture</source>
        <translation>版面圖像</translation>
    </message>
    <message>
        <source>{page}: no layout: this page&apos;s text carries no positions</source>
        <translation>{page}：沒有版式：此版文字不帶位置資訊</translation>
    </message>
    <message>
        <source>{page}: no page picture beside the file; a sketch from the layout</source>
        <translation>{page}：檔案旁沒有版面圖；這是按版式畫的示意圖</translation>
    </message>
</context>
<context>
    <name>PagesRelay</name>
    <message numerus="yes">
        <source>Reading the issue: %n page(s) in, more to come…</source>
        <translation>
            <numerusform>正在讀取本期：已讀入 %n 版，其餘隨後…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>閱讀設定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Automatic (175% Chinese, 155% Latin)</source>
        <translation>自動（中文 175%，西文 155%）</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs (off: ragged right)</source>
        <translation>段落左右對齊(&amp;J)（關閉：靠左）</translation>
    </message>
    <message>
        <source>&amp;Chinese font:</source>
        <translation>中文字型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Latin font:</source>
        <translation>西文字型(&amp;L)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>字級(&amp;S)：</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>行距(&amp;P)：</translation>
    </message>
    <message>
        <source>Column &amp;width:</source>
        <translation>欄寬(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+= / Ctrl+-) scales the text size; F11: full screen.</source>
        <translation>縮放（Ctrl+= / Ctrl+-）按比例改變字級；F11：全螢幕。</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <source>Automatic ({font})</source>
        <translation>自動（{font}）</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>page {number}</source>
        <translation>第{number}版</translation>
    </message>
    <message>
        <source>Search the library — 科技, &quot;New York&quot;, bank rates</source>
        <translation>搜尋報庫——科技、&quot;New York&quot;、bank rates</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋報庫</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜尋狀態</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Type words above to search every story in the library: every issue you open joins it. All words must match; &quot;quotes&quot; keep a phrase; Chinese matches any text (科, 人工智能), English whole words.</source>
        <translation>在上方輸入詞語，搜尋報庫中的每篇文章：開過的每一期都在報庫裡。所有詞都須命中；&quot;引號&quot;內為詞組；中文按字面比對（科、人工智慧），英文按整詞比對。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No stories found</source>
        <translation>沒有找到文章</translation>
    </message>
    <message numerus="yes">
        <source>%n+ stories</source>
        <translation>
            <numerusform>%n 篇以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWiring</name>
    <message>
        <source>Read mark not saved: {reason}</source>
        <translation>已讀標記未儲存：{reason}</translation>
    </message>
    <message>
        <source>Library not available: {reason}</source>
        <translation>報庫不可用：{reason}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>報庫</translation>
    </message>
    <message>
        <source>Adding the issues in {path} to the library…</source>
        <translation>正在把 {path} 中的報紙新增到報庫…</translation>
    </message>
    <message>
        <source>Nothing to export: choose stories in the panel first</source>
        <translation>沒有可匯出的內容：請先在面板中選擇文章</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen stories could not be found; they are left out</source>
        <translation>
            <numerusform>所選文章中有 %n 篇找不到，已略去</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the library: {done} of {total} — {name}</source>
        <translation>正在新增到報庫：{done}/{total}——{name}</translation>
    </message>
    <message>
        <source>Bookmarks database damaged</source>
        <translation>書籤資料庫已損壞</translation>
    </message>
    <message>
        <source>{message}.

The damaged file is kept at {path}.</source>
        <translation>{message}。

損壞的檔案儲存在 {path}。</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>No recent issues</source>
        <translation>沒有最近開啟的報紙</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清空選單</translation>
    </message>
</context>
</TS>
