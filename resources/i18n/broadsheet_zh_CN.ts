<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Data (bookmarks, notes, library)</source>
        <translation>数据（书签、笔记、报库）</translation>
    </message>
    <message>
        <source>Cache (parsed issues, search index)</source>
        <translation>缓存（已解析的报纸、搜索索引）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>About Broadsheet</source>
        <translation>关于 Broadsheet</translation>
    </message>
    <message>
        <source>A reader for digitized newspapers: articles rebuilt from OCR text.</source>
        <translation>数字化报纸阅读器：从 OCR 文字还原出一篇篇文章。</translation>
    </message>
    <message>
        <source>Folders (click to open):</source>
        <translation>文件夹（点击打开）：</translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation>在文件管理器中打开 {folder}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and folders, for a bug report</source>
        <translation>复制版本与文件夹信息，用于报告问题</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Read it on {page} →</source>
        <translation>转至{page}阅读 →</translation>
    </message>
    <message>
        <source>Go to {page} →</source>
        <translation>转至{page} →</translation>
    </message>
    <message>
        <source>{text} (not in this issue)</source>
        <translation>{text}（不在本期）</translation>
    </message>
    <message>
        <source>{page}: text not placed in any story</source>
        <translation>{page}：未归入任何文章的文字</translation>
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
        <translation>报纸缺失</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>报纸</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>笔记：{note}</translation>
    </message>
    <message>
        <source>Kept: the story could not be found in the issue as it reads now</source>
        <translation>已保留：在这期报纸的当前版本中找不到这篇文章</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every bookmark to a Markdown or JSON file</source>
        <translation>把全部书签写入 Markdown 或 JSON 文件</translation>
    </message>
    <message>
        <source>Reading the bookmarks…</source>
        <translation>正在读取书签…</translation>
    </message>
    <message>
        <source>No bookmarks yet. Press {key} on a story (Story › Bookmark) to keep it here, with a note of your own; bookmarks stay when the issue is read again.</source>
        <translation>还没有书签。在文章上按 {key}（文章 › 书签）即可收藏到这里，还能写上自己的笔记；报纸重新解析后书签仍在。</translation>
    </message>
    <message>
        <source>Bookmarked stories</source>
        <translation>已加书签的文章</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n bookmark(s) — Undo Delete brings them back</source>
        <translation>
            <numerusform>已删除 %n 个书签——“撤销删除”可以恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <source>Bookmarks exported to {path}</source>
        <translation>书签已导出到 {path}</translation>
    </message>
    <message>
        <source>{headline}: {state} — the bookmark is kept</source>
        <translation>{headline}：{state}——书签已保留</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
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
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Broadsheet hit an unexpected error and carried on.

{summary}

Details are in the log file:
{log_file}</source>
        <translation>Broadsheet 遇到一个意外错误，已继续运行。

{summary}

详细信息见日志文件：
{log_file}</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions and the error, to paste into a bug report</source>
        <translation>复制版本与错误信息，以便粘贴到问题报告中</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) since; all are in the log.</source>
        <translation>
            <numerusform>此后又出现 %n 个错误，都已记入日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>The library is still opening; try again in a moment</source>
        <translation>报库仍在打开，请稍后再试</translation>
    </message>
    <message>
        <source>The library is not available: {reason}</source>
        <translation>报库不可用：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Export Selected Stories</source>
        <translation>导出所选文章</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected story(s).</source>
        <translation>
            <numerusform>导出所选的 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Start each story on a &amp;new page</source>
        <translation>每篇文章另起一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Contents list at the start</source>
        <translation>开头加目录(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;picture of each story cut from its page scan (PDF)</source>
        <translation>附上从版面扫描图裁下的文章图片（PDF）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep highlighted terms</source>
        <translation>保留高亮词语(&amp;K)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>纸张大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
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
        <translation>当前没有高亮的词语</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是文件夹，请给出文件名。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>%n marked for export</source>
        <translation>
            <numerusform>已标记 %n 篇待导出</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: select stories, or mark them with x</source>
        <translation>没有可导出的内容：请选择文章，或按 x 标记</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n story(s) to {path}…</source>
        <translation>
            <numerusform>正在把 %n 篇文章导出到 {path}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Export failed; nothing was written</source>
        <translation>导出失败，没有写入任何文件</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消，没有写入任何文件</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Exporting to {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>往下读</translation>
    </message>
    <message>
        <source>highlight words</source>
        <translation>高亮词语</translation>
    </message>
    <message>
        <source>open an issue</source>
        <translation>打开一期报纸</translation>
    </message>
    <message>
        <source>Every key: {keys} or Help › Keyboard Shortcuts.</source>
        <translation>全部快捷键：{keys} 或 帮助 › 键盘快捷键。</translation>
    </message>
    <message>
        <source>Welcome! The keys that matter:</source>
        <translation>欢迎！最常用的键：</translation>
    </message>
    <message>
        <source>All &amp;Keys</source>
        <translation>全部快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Got It</source>
        <translation>知道了(&amp;G)</translation>
    </message>
    <message>
        <source>Hide this hint for good (Esc)</source>
        <translation>不再显示此提示（Esc）</translation>
    </message>
</context>
<context>
    <name>FocusMark</name>
    <message>
        <source>Keyboard focus</source>
        <translation>键盘焦点</translation>
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
        <translation>简讯</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>导读</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>启事</translation>
    </message>
    <message>
        <source>Unplaced text</source>
        <translation>未归类文字</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
    <message numerus="yes">
        <source>Unplaced text (%n line(s))</source>
        <translation>
            <numerusform>未归类文字（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>no headline</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>low confidence {percent}</source>
        <translation>解析把握较低 {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>no headline; title taken from the text</source>
        <translation>无标题；标题取自正文</translation>
    </message>
    <message>
        <source>parsed with low confidence ({percent}): check it</source>
        <translation>解析把握较低（{percent}）：请核对</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>marked for export</source>
        <translation>已标记待导出</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加书签</translation>
    </message>
</context>
<context>
    <name>HeadlineTag</name>
    <message>
        <source>brief</source>
        <translation>简讯</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>teaser</source>
        <translation>导读</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>启事</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未归类</translation>
    </message>
</context>
<context>
    <name>HighlightBar</name>
    <message>
        <source>Highlight terms: 科技 AI &quot;New York&quot;</source>
        <translation>高亮词语：科技 AI &quot;New York&quot;</translation>
    </message>
    <message>
        <source>Loading the Chinese word list…</source>
        <translation>正在加载中文词表…</translation>
    </message>
    <message>
        <source>Highlight bar</source>
        <translation>高亮栏</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>整词(&amp;W)</translation>
    </message>
    <message>
        <source>O&amp;nly stories with hits</source>
        <translation>只列有命中的文章(&amp;N)</translation>
    </message>
    <message>
        <source>Previous hit (Shift+N, Shift+F3)</source>
        <translation>上一处命中（Shift+N、Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (N, F3)</source>
        <translation>下一处命中（N、F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Highligh&amp;t</source>
        <translation>高亮(&amp;T)</translation>
    </message>
    <message>
        <source>Highlight terms</source>
        <translation>高亮词语</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一处命中</translation>
    </message>
    <message>
        <source>Close the highlight bar</source>
        <translation>关闭高亮栏</translation>
    </message>
    <message>
        <source>Hits per term</source>
        <translation>各词命中数</translation>
    </message>
    <message>
        <source>Match whole words: Chinese words as jieba cuts them, Latin words on letter boundaries</source>
        <translation>整词匹配：中文按 jieba 分词，西文按字母边界</translation>
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
        <translation>后面没有命中了</translation>
    </message>
    <message>
        <source>No earlier hits</source>
        <translation>前面没有命中了</translation>
    </message>
    <message>
        <source>Hit {number} of {total} in this story: {text}</source>
        <translation>本篇第 {number} 处命中，共 {total} 处：{text}</translation>
    </message>
    <message>
        <source>Word list: loading…</source>
        <translation>词表：加载中…</translation>
    </message>
    <message>
        <source>Word list: ready</source>
        <translation>词表：就绪</translation>
    </message>
    <message>
        <source>Word list: unavailable</source>
        <translation>词表：不可用</translation>
    </message>
    <message>
        <source>Type the terms to keep in the highlight bar first</source>
        <translation>请先在高亮栏中输入要保存的词语</translation>
    </message>
    <message>
        <source>Save Highlight Set</source>
        <translation>保存高亮词组</translation>
    </message>
    <message>
        <source>Keep {terms} as:</source>
        <translation>将 {terms} 保存为：</translation>
    </message>
    <message>
        <source>Set not saved: {reason}</source>
        <translation>词组未保存：{reason}</translation>
    </message>
    <message>
        <source>Saved the highlight set “{name}”</source>
        <translation>已保存高亮词组“{name}”</translation>
    </message>
    <message>
        <source>Deleted the highlight set “{name}”</source>
        <translation>已删除高亮词组“{name}”</translation>
    </message>
    <message>
        <source>No saved sets</source>
        <translation>没有已保存的词组</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ImportProgressBar</name>
    <message>
        <source>Adding issues</source>
        <translation>正在添加报纸期次</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop; the issues finished so far stay</source>
        <translation>停止；已完成的期次会保留</translation>
    </message>
    <message>
        <source>Looking for issues…</source>
        <translation>正在查找报纸期次…</translation>
    </message>
    <message>
        <source>{done} of {total} issues · {rate} pages/s · {left} left</source>
        <translation>已处理 {done}/{total} 期 · 每秒 {rate} 版 · 剩余 {left}</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>报库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Page or Issue…</source>
        <translation>打开版面或一期报纸(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a page file</source>
        <translation>打开一个版面文件</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open an issue folder</source>
        <translation>打开一期报纸的文件夹</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the marked (x) or selected stories: PDF, Markdown, HTML, text</source>
        <translation>导出已标记（x）或所选的文章：PDF、Markdown、HTML、纯文本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Broadsheet</source>
        <translation>退出 Broadsheet</translation>
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
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <source>&amp;Filter Headlines</source>
        <translation>筛选标题(&amp;F)</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小列表</translation>
    </message>
    <message>
        <source>&amp;Close Bars</source>
        <translation>关闭工具栏(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>阅读设置(&amp;R)…</translation>
    </message>
    <message>
        <source>Fonts, text size, line spacing, column width, justified or ragged, theme</source>
        <translation>字体、字号、行距、栏宽、两端对齐或左对齐、主题</translation>
    </message>
    <message>
        <source>Next &amp;Theme</source>
        <translation>下一个主题(&amp;T)</translation>
    </message>
    <message>
        <source>Switch theme: follow the system, light, sepia, dark</source>
        <translation>切换主题：跟随系统、浅色、护眼黄、深色</translation>
    </message>
    <message>
        <source>Full Scr&amp;een</source>
        <translation>全屏(&amp;E)</translation>
    </message>
    <message>
        <source>Only the story, on the whole screen (F11 or Esc to leave)</source>
        <translation>全屏只显示正文（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <source>Mark Stories Read When &amp;Shown</source>
        <translation>显示时标为已读(&amp;S)</translation>
    </message>
    <message>
        <source>Setting: a story becomes read when it is shown</source>
        <translation>设置：文章一显示即标为已读</translation>
    </message>
    <message>
        <source>&amp;Page Picture</source>
        <translation>版面图(&amp;P)</translation>
    </message>
    <message>
        <source>Show the printed page beside the story, its zones outlined (click a zone to read it)</source>
        <translation>在文章旁显示印刷版面，并勾出各区域（点击区域即可阅读）</translation>
    </message>
    <message>
        <source>Enlarge the page picture (also Ctrl+wheel; drag or the arrows to pan)</source>
        <translation>放大版面图（也可用 Ctrl+滚轮；拖动或用方向键平移）</translation>
    </message>
    <message>
        <source>&amp;Zoom Page Out</source>
        <translation>缩小版面(&amp;Z)</translation>
    </message>
    <message>
        <source>Shrink the page picture</source>
        <translation>缩小版面图</translation>
    </message>
    <message>
        <source>Page Fit &amp;Width</source>
        <translation>版面适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page picture to the pane&apos;s width</source>
        <translation>让版面图适合窗格宽度</translation>
    </message>
    <message>
        <source>&amp;Doubtful Words</source>
        <translation>存疑字词(&amp;D)</translation>
    </message>
    <message>
        <source>Underline and dim the words the OCR engine was unsure of</source>
        <translation>给 OCR 引擎没有把握的字词加下划线并调暗</translation>
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
        <translation>最后一篇(&amp;L)</translation>
    </message>
    <message>
        <source>Last story</source>
        <translation>最后一篇文章</translation>
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
        <translation>向下滚动(&amp;D)</translation>
    </message>
    <message>
        <source>Scroll a screen down; at the bottom, go to the next story</source>
        <translation>向下滚动一屏；到底后转到下一篇</translation>
    </message>
    <message>
        <source>Scroll &amp;Up</source>
        <translation>向上滚动(&amp;U)</translation>
    </message>
    <message>
        <source>Move focus between the list and the pane</source>
        <translation>在列表和阅读窗格之间切换焦点</translation>
    </message>
    <message>
        <source>F&amp;ollow Teaser</source>
        <translation>跟随导读(&amp;O)</translation>
    </message>
    <message>
        <source>Go to the story a teaser or a continuation line points to</source>
        <translation>转到导读或转版提示所指的文章</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>切换已读(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the story read or unread</source>
        <translation>把文章标为已读或未读</translation>
    </message>
    <message>
        <source>Select the next story too</source>
        <translation>同时选中下一篇文章</translation>
    </message>
    <message>
        <source>H&amp;ighlight</source>
        <translation>高亮(&amp;I)</translation>
    </message>
    <message>
        <source>Back to the headline list from a panel; close the highlight bar; clear the filter</source>
        <translation>从面板回到标题列表；关闭高亮栏；清除筛选</translation>
    </message>
    <message>
        <source>Zoom Page I&amp;n</source>
        <translation>放大版面(&amp;N)</translation>
    </message>
    <message>
        <source>Scroll a screen up; at the top, go to the end of the previous story</source>
        <translation>向上滚动一屏；到顶时转到上一篇文章的末尾</translation>
    </message>
    <message>
        <source>&amp;Switch Focus</source>
        <translation>切换焦点(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Region</source>
        <translation>下一区域(&amp;X)</translation>
    </message>
    <message>
        <source>Move the keyboard to the next part of the window: list, story, page, panels</source>
        <translation>把键盘移到窗口的下一部分：列表、正文、版面、面板</translation>
    </message>
    <message>
        <source>Pre&amp;vious Region</source>
        <translation>上一区域(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous part of the window</source>
        <translation>把键盘移到窗口的上一部分</translation>
    </message>
    <message>
        <source>&amp;Menu Bar</source>
        <translation>菜单栏(&amp;M)</translation>
    </message>
    <message>
        <source>Open the menu bar (then the arrows; Esc goes back)</source>
        <translation>打开菜单栏（再用方向键；Esc 返回）</translation>
    </message>
    <message>
        <source>Extend Selection &amp;Down</source>
        <translation>向下扩展选择(&amp;D)</translation>
    </message>
    <message>
        <source>Extend Selection &amp;Up</source>
        <translation>向上扩展选择(&amp;U)</translation>
    </message>
    <message>
        <source>Select the previous story too</source>
        <translation>同时选中上一篇文章</translation>
    </message>
    <message>
        <source>Select &amp;All Stories</source>
        <translation>选择全部文章(&amp;A)</translation>
    </message>
    <message>
        <source>Select every listed story</source>
        <translation>选中列表中的每篇文章</translation>
    </message>
    <message>
        <source>&amp;Mark for Export</source>
        <translation>标记待导出(&amp;M)</translation>
    </message>
    <message>
        <source>Mark or unmark the story for export (then File › Export Selected)</source>
        <translation>标记或取消标记待导出的文章（然后用 文件 › 导出所选）</translation>
    </message>
    <message>
        <source>&amp;Clear Export Marks</source>
        <translation>清除导出标记(&amp;C)</translation>
    </message>
    <message>
        <source>Unmark every story</source>
        <translation>取消所有文章的标记</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the story, or drop its bookmark (a star in the list)</source>
        <translation>给文章加书签或去掉书签（列表中显示星号）</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the story (it is bookmarked with it)</source>
        <translation>给文章写笔记（文章同时加上书签）</translation>
    </message>
    <message>
        <source>&amp;Highlight Terms…</source>
        <translation>高亮词语(&amp;H)…</translation>
    </message>
    <message>
        <source>Open the highlight bar</source>
        <translation>打开高亮栏</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>下一处命中(&amp;N)</translation>
    </message>
    <message>
        <source>Next hit, in the next story if needed</source>
        <translation>下一处命中，必要时转到下一篇</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>上一处命中(&amp;P)</translation>
    </message>
    <message>
        <source>Previous hit, in the previous story if needed</source>
        <translation>上一处命中，必要时转到上一篇</translation>
    </message>
    <message>
        <source>&amp;Only Stories with Hits</source>
        <translation>只列有命中的文章(&amp;O)</translation>
    </message>
    <message>
        <source>List only stories where a term occurs</source>
        <translation>只列出出现了所找词语的文章</translation>
    </message>
    <message>
        <source>&amp;Whole Words</source>
        <translation>整词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Match whole words (Chinese words as jieba cuts them)</source>
        <translation>整词匹配（中文按 jieba 分词）</translation>
    </message>
    <message>
        <source>&amp;Save Terms as a Set…</source>
        <translation>把词语存为词组(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the highlighted terms under a name, to use again (Highlight › Highlight Sets)</source>
        <translation>以一个名字保存高亮的词语，以便再用（高亮 › 高亮词组）</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>搜索报库(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every story of every issue opened so far</source>
        <translation>搜索打开过的每期报纸的每篇文章</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Show the bookmarks panel: jump, edit notes, delete, export</source>
        <translation>显示书签面板：跳转、编辑笔记、删除、导出</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>报纸(&amp;I)</translation>
    </message>
    <message>
        <source>Show every issue opened so far: open, add a folder, remove</source>
        <translation>显示打开过的每期报纸：打开、添加文件夹、移除</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation>关于 Broadsheet(&amp;A)</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Highlight S&amp;ets</source>
        <translation>高亮词组(&amp;E)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>界面语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Follow the System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The interface will be in {language} from the next start</source>
        <translation>下次启动时界面将使用{language}</translation>
    </message>
</context>
<context>
    <name>LayoutGuard</name>
    <message>
        <source>No room for a panel beside the story on this screen: it floats over the window</source>
        <translation>屏幕上正文旁没有放面板的地方：面板浮在窗口之上</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Paper</source>
        <translation>报刊名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版数</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次打开</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
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
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library</source>
        <translation>从报库移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forgets the cached issue; your files are not touched</source>
        <translation>只删除缓存中的这期报纸；你的文件不受影响</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>报刊名</translation>
    </message>
    <message>
        <source>Show one newspaper only</source>
        <translation>只显示一种报刊</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>报刊名(&amp;P)：</translation>
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
        <translation>报库中的各期</translation>
    </message>
    <message>
        <source>A year (1916), a month (1916-02) or a day (1916-02-14)</source>
        <translation>年（1916）、月（1916-02）或日（1916-02-14）</translation>
    </message>
    <message>
        <source>All papers</source>
        <translation>全部报刊</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期报纸</numerusform>
        </translation>
    </message>
    <message>
        <source>Add issues from a folder</source>
        <translation>从文件夹添加报纸</translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s)</source>
        <translation>
            <numerusform>已添加 %n 期报纸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s) ({parsed} read, the rest from the cache)</source>
        <translation>
            <numerusform>已添加 %n 期报纸（读取 {parsed} 期，其余来自缓存）</numerusform>
        </translation>
    </message>
    <message>
        <source>— cancelled; the issues finished are kept</source>
        <translation>——已取消；已完成的期次已保留</translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read: {reason}</source>
        <translation>
            <numerusform>；%n 期无法读取：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: the files are no longer there</source>
        <translation>{path}：文件已不在原处</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼黄</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>主题：{theme}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter headlines  (Ctrl+L)</source>
        <translation>筛选标题（Ctrl+L）</translation>
    </message>
    <message>
        <source>Filter headlines</source>
        <translation>筛选标题</translation>
    </message>
    <message>
        <source>Headlines</source>
        <translation>标题</translation>
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
        <translation>词表：未加载</translation>
    </message>
    <message>
        <source>Chinese word list</source>
        <translation>中文词表</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first of %n path(s)</source>
        <translation>
            <numerusform>已打开 %n 个路径中的第一个</numerusform>
        </translation>
    </message>
    <message>
        <source>That story is no longer in this issue</source>
        <translation>这期报纸中已没有那篇文章</translation>
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
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: {pages}, {items}</source>
        <translation>{title}：{pages}，{items}</translation>
    </message>
    <message>
        <source>This item points nowhere in this issue</source>
        <translation>这一条在本期中没有指向的文章</translation>
    </message>
    <message>
        <source>Only a story can be bookmarked</source>
        <translation>只有文章可以加书签</translation>
    </message>
    <message>
        <source>Could not save the bookmark: {reason}</source>
        <translation>无法保存书签：{reason}</translation>
    </message>
    <message>
        <source>Bookmarked: {title}</source>
        <translation>已加书签：{title}</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>已去掉书签：{title}</translation>
    </message>
    <message>
        <source>Only a story can have a note</source>
        <translation>只有文章可以写笔记</translation>
    </message>
    <message>
        <source>Could not read the note: {reason}</source>
        <translation>无法读取笔记：{reason}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note on “{title}”:</source>
        <translation>你对“{title}”的笔记：</translation>
    </message>
    <message>
        <source>Could not save the note: {reason}</source>
        <translation>无法保存笔记：{reason}</translation>
    </message>
    <message>
        <source>Note kept: {title}</source>
        <translation>笔记已保存：{title}</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>缩放 {percent}%</translation>
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
        <translation>已是本期最后一篇</translation>
    </message>
    <message>
        <source>First story of the issue</source>
        <translation>已是本期第一篇</translation>
    </message>
    <message>
        <source>No more pages</source>
        <translation>没有更多版面了</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Pages ({patterns})</source>
        <translation>版面文件（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>{path}: unexpected error ({error}); see the log</source>
        <translation>{path}：意外错误（{error}）；请查看日志</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Pages missing</source>
        <translation>缺页</translation>
    </message>
    <message>
        <source>Text read with warnings</source>
        <translation>读取时有警告</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <source>Could not open {path}</source>
        <translation>无法打开 {path}</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Open a page or issue</source>
        <translation>打开版面或一期报纸</translation>
    </message>
    <message>
        <source>Open an issue folder</source>
        <translation>打开一期报纸的文件夹</translation>
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
        <translation>空间不够，版面图已关闭：加宽窗口或关闭一个面板即可恢复</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page picture</source>
        <translation>版面图像</translation>
    </message>
    <message>
        <source>{page}: no layout: this page&apos;s text carries no positions</source>
        <translation>{page}：没有版式：此版文字不带位置信息</translation>
    </message>
    <message>
        <source>{page}: no page picture beside the file; a sketch from the layout</source>
        <translation>{page}：文件旁没有版面图；这是按版式画的示意图</translation>
    </message>
</context>
<context>
    <name>PagesRelay</name>
    <message numerus="yes">
        <source>Reading the issue: %n page(s) in, more to come…</source>
        <translation>
            <numerusform>正在读取本期：已读入 %n 版，其余随后…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>阅读设置</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Automatic (175% Chinese, 155% Latin)</source>
        <translation>自动（中文 175%，西文 155%）</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs (off: ragged right)</source>
        <translation>段落两端对齐(&amp;J)（关闭：左对齐）</translation>
    </message>
    <message>
        <source>&amp;Chinese font:</source>
        <translation>中文字体(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Latin font:</source>
        <translation>西文字体(&amp;L)：</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>行距(&amp;P)：</translation>
    </message>
    <message>
        <source>Column &amp;width:</source>
        <translation>栏宽(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+= / Ctrl+-) scales the text size; F11: full screen.</source>
        <translation>缩放（Ctrl+= / Ctrl+-）按比例改变字号；F11：全屏。</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Automatic ({font})</source>
        <translation>自动（{font}）</translation>
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
        <translation>搜索报库——科技、&quot;New York&quot;、bank rates</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索报库</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type words above to search every story in the library: every issue you open joins it. All words must match; &quot;quotes&quot; keep a phrase; Chinese matches any text (科, 人工智能), English whole words.</source>
        <translation>在上方输入词语，搜索报库中的每篇文章：打开过的每一期都在报库里。所有词都须命中；&quot;引号&quot;内为词组；中文按字面匹配（科、人工智能），英文按整词匹配。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No stories found</source>
        <translation>没有找到文章</translation>
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
        <translation>已读标记未保存：{reason}</translation>
    </message>
    <message>
        <source>Library not available: {reason}</source>
        <translation>报库不可用：{reason}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报库</translation>
    </message>
    <message>
        <source>Adding the issues in {path} to the library…</source>
        <translation>正在把 {path} 中的报纸添加到报库…</translation>
    </message>
    <message>
        <source>Nothing to export: choose stories in the panel first</source>
        <translation>没有可导出的内容：请先在面板中选择文章</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen stories could not be found; they are left out</source>
        <translation>
            <numerusform>所选文章中有 %n 篇找不到，已略去</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the library: {done} of {total} — {name}</source>
        <translation>正在添加到报库：{done}/{total}——{name}</translation>
    </message>
    <message>
        <source>Bookmarks database damaged</source>
        <translation>书签数据库已损坏</translation>
    </message>
    <message>
        <source>{message}.

The damaged file is kept at {path}.</source>
        <translation>{message}。

损坏的文件保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>No recent issues</source>
        <translation>没有最近打开的报纸</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清空菜单</translation>
    </message>
</context>
</TS>
