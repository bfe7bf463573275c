//! Chinese texts that only an embedded app shows: where its answers are kept, the way to the
//! full app, and what the host hears when it asked to.

/// The embedded app's part of the Chinese catalog.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "embed.storage",
        "你的回答只为这个网站保存在本浏览器中：浏览器会按展示它的网站分别保存嵌入应用的数据，所以独立页面上的应用及其“我的评估”看不到这些回答。",
    ),
    ("embed.open_full", "带着这些回答在完整应用中继续（在新标签页打开）"),
    (
        "start.privacy.finished",
        "此网站要求在你完成评估时得到通知。它只会知道你完成了评估以及是哪一种评估，永远不会知道你的回答或结果。",
    ),
];
