//! Bylines and datelines, in all the forms pages print them:
//!
//! - a line of its own: `□本报记者 霍晓庆`, `□本报记者 刘宏章  ` /
//!   `通讯员 徐爱翔`, `□本报记者 李新军 通讯员 张梁诚 摄影报道`;
//! - a dateline opening the first paragraph: `本报呼和浩特10月8日讯(记者
//!   刘洋)`, `本报巴彦淖尔10月8日电(记者 薛来)`, `新华社呼和浩特6月20日电`,
//!   `央广网呼和浩特5月15日消息（记者刘欣荣）`, `本报讯 记者陈力 齐慧报道:`,
//!   and with no outlet,
//!   `鄂尔多斯8月8日电(记者 李爱平)`;
//! - the author in brackets closing the story: `…占全区风电装机容量的20%。(通拉嘎)`;
//! - the credits of photo captions: `记者 黄燕飞 摄`, `李欢倪供图`,
//!   `图片由科右前旗融媒体中心提供`.

use std::sync::LazyLock;

use regex::Regex;

use super::page::Block;

/// Who wrote a story, and where and when it was filed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    /// The byline as printed, without `□`: `本报记者 刘宏章 通讯员 徐爱翔`.
    pub text: Option<String>,
    pub reporters: Vec<String>,
    /// 通讯员 and 实习生, named beside the reporters.
    pub correspondents: Vec<String>,
    /// The dateline's place: `呼和浩特`.
    pub place: Option<String>,
    /// The dateline's date: `10月8日`.
    pub date: Option<String>,
    /// A feature's own title after its dateline (`题:内蒙古阿鲁科尔沁旗:一棵
    /// 草开启产业发展之路`), which readers may ask the story by.
    pub title: Option<String>,
}

impl Byline {
    /// What a site's line about the story adds where the byline is silent:
    /// the date, the authors (`作者:邓佳`), the outlet as the byline's text.
    pub fn merge(&mut self, site: SiteLine) {
        // (中新网包头1月9日电 under 2023年01月09日 21:44 来源: 中新网: the
        // site's date gives the year, of the day it was posted or one of
        // the days before: 中广网呼和浩特7月22日消息, under 2009年07月23日;
        // 12月31日电, under 2024-01-02, is of 2023.)
        if let Some(date) = site.date {
            let yearless = self.date.as_deref().and_then(|d| {
                let (month, day) = d.trim_end_matches('日').split_once('月')?;
                let month: u32 = month.parse().ok()?;
                let day: u32 = day.parse().ok()?;
                (!d.contains('年')).then_some((month, day))
            });
            // (2023-01-09 or 2023年01月09日.)
            let mut parts = date
                .split(|c: char| !c.is_ascii_digit())
                .filter(|p| !p.is_empty())
                .map(|p| p.parse::<u32>().ok());
            let posted = match (parts.next(), parts.next(), parts.next()) {
                (Some(Some(y)), Some(Some(m)), Some(Some(d))) if y > 1900 => Some((y, m, d)),
                _ => None,
            };
            if let (Some((month, day)), Some((year, m, d))) = (yearless, posted) {
                let year = if (m, d) >= (month, day) {
                    year
                } else {
                    year - 1
                };
                self.date = self.date.take().map(|d| format!("{year}年{d}"));
            } else {
                self.date.get_or_insert(date);
            }
        }
        // (来源:中国网草原频道丨作者:刘耀华: the outlet and its author.)
        if self.reporters.is_empty() && !site.authors.is_empty() {
            let names = format!("作者 {}", site.authors.join(" "));
            self.text.get_or_insert_with(|| match &site.outlet {
                Some(outlet) => format!("{outlet} {names}"),
                None => names,
            });
            self.reporters = site.authors;
        }
        if let Some(title) = site.title {
            self.title.get_or_insert(title);
        }
        if let Some(outlet) = site.outlet {
            self.text.get_or_insert(outlet);
        }
        // (责任编辑:苏文彦: who edited it, after who wrote it.)
        for editor in site.editors {
            match &mut self.text {
                Some(text) if !text.contains(editor.as_str()) => {
                    text.push(' ');
                    text.push_str(&editor);
                }
                Some(_) => {}
                None => self.text = Some(editor),
            }
        }
    }
}

/// Roles in a byline, longest first; the bool says whether the person is
/// a reporter.
const ROLES: &[(&str, bool)] = &[
    ("融媒体记者", true),
    ("实习记者", true),
    ("见习记者", true),
    ("特约记者", true),
    ("首席记者", true),
    ("本报记者", true),
    ("记者", true),
    ("通讯员", false),
    ("实习生", false),
    // 作者 奥蓝 (under a feature's title).
    ("作者", true),
];
/// Words in a byline that name no one.
const CREDITS: &[&str] = &[
    "摄影报道",
    "文/图",
    "文／图",
    "文图",
    "摄影",
    "报道",
    "本报",
    "摄",
];
/// The longest byline line.
const BYLINE: usize = 60;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // (中新网 二连浩特6月21日电: a space after the outlet;
        // 国际空港信息网2013年8月8日消息: a year, and a colon;
        // 中国马铃薯网(www.malingshu7.com)讯: the site's address.)
        r"^【?(本报|本网|新华社|中新社|中新网|中国新闻网|人民网|新华网|央视网|央广网|中国网|光明网|正北方网|内蒙古新闻网|人民日报|经济日报|内蒙古日报|北方新报|新报|香港商报|\p{Han}{1,6}?(?:网|日报|晚报))(?:[(（][A-Za-z0-9.:/_\-]{4,40}[)）])?[ \u{3000}]?(\p{Han}{0,10}?)((?:\d{4}年)?\d{1,2}月\d{1,2}日)?专?(?:讯|电|消息)】?[:：]?\s*(?:[(（]([^)）]{1,60})[)）]|((?:本报)?记者[^:：，。,（(]{1,40}?)(?:报道)?[:：]|([\p{Han} ]{2,20}?)报道[:：])?\s*",
    )
    .expect("dateline pattern")
});

/// A dateline with no outlet, which then must give its date and a
/// reporter: `鄂尔多斯8月8日电(记者 李爱平)`.
static BARE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Han}{2,8}?)(?P<date>\d{1,2}月\d{1,2}日)(?:讯|电|消息)\s*[(（](?P<who>记者[^)）]{1,60}|\p{Han}{2,12}(?:[\s、]+\p{Han}{2,4}){0,3})[)）]\s*",
    )
    .expect("bare dateline pattern")
});

/// A dateline with no outlet that gives a feature's title and then its
/// reporter, all run into the story's first paragraph: `二连浩特8月11日电
/// 题:内蒙古二连浩特的风,照亮京津冀千家万户 记者李爱平 「一年刮两次…`.
static TITLED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Han}{2,8}?)(?P<date>\d{1,2}月\d{1,2}日)电\s*题[:：]\s*(?P<title>\S{4,60}?)\s+(?P<who>\p{Han}{0,8}?记者\s*\p{Han}{2,4}(?:[、]\p{Han}{2,4}){0,3})\s+",
    )
    .expect("titled dateline pattern")
});

/// A line of a paper's or a site's furniture around a story, which is no
/// part of it: what it says of the story's date and authors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteLine {
    /// The day the story was printed or posted: `2019-09-24`,
    /// `2023年04月17日`; `08.01.2017`, day first as a site prints it, is
    /// given as `2017-01-08`.
    pub date: Option<String>,
    /// Who the line names as author (`作者:邓佳`).
    pub authors: Vec<String>,
    /// The paper or site it names as the story's source (`来源:中新网`).
    pub outlet: Option<String>,
    /// The title the story first ran under (`原标题:凉城县第三产业发展势头强`).
    pub title: Option<String>,
    /// Who edited it (`责任编辑:苏文彦`): `责任编辑 苏文彦`.
    pub editors: Vec<String>,
}

impl SiteLine {
    /// What another of the site's lines adds: its authors, and the date,
    /// outlet and title where this one has none.
    pub fn absorb(&mut self, other: SiteLine) {
        self.date = self.date.take().or(other.date);
        self.authors.extend(other.authors);
        self.outlet = self.outlet.take().or(other.outlet);
        self.title = self.title.take().or(other.title);
        self.editors.extend(other.editors);
    }
}

/// One part of a site's line about a story, at the start of the text:
/// `2021-02-02 17:02:54`, `发布日期:2023-11-16`, `来源:中新网`,
/// `本文来源: 内蒙古新闻网`, `作者:邓佳`, `责任编辑:何宇`, `[责任编辑 吴钰 ]`,
/// `【亚太旅游网】`, `点击数:12`, `字号:大 中 小`, `原标题:凉城县第三产业
/// 发展势头强`; parts stand apart by spaces or bars (`2021年05月17日 15:01  |
/// 作者:邓佳  |  来源:中国环境报`). Under a story, the credits of those who
/// made it: `记者:王磊` and `审核:陈焕坤` on lines of their own, `记者李辰
/// 通讯员戎新萍`.
/// The roles of a site's editorial credits (`责任编辑:某某`, `审核:某某`),
/// as a pattern's alternatives: one list for reading a credit and for
/// splitting credits joined on one line.
macro_rules! editor_roles {
    () => {
        "责任编辑|责编|编辑|校对|审核|审校|监制|终审|编审|美编"
    };
}

static SITE_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[\s|｜丨]*(?:",
        r"(?:(?:发布|发表|更新)?(?:日期|时间)\s*[:：]\s*)?(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?",
        // (2015年2月28日 星期六: the weekday after it.)
        r"(?:\s*(?:星期|周)[一二三四五六日天])?",
        // (2025 01/11 22:32:07: the year apart from the month and day.)
        r"|(?P<sy>\d{4})\s+(?P<sm>\d{1,2})/(?P<sd>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?",
        // (17-07-04 09:56: a year in two digits, always with the time.)
        r"|(?P<yy>\d{2})-(?P<ym>\d{1,2})-(?P<yd>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?",
        // (http://www.sina.com.cn  2009年07月23日11:05: the site's address.)
        r"|(?i:https?)\s*[:：]\s*//[\x21-\x7e]+|www\.[A-Za-z0-9.\-/]+",
        r"|(?:本文|文章|信息|新闻)?来源\s*[:：]\s*(?P<from>[^\s|｜丨:：。，,、；;！？()（）]{2,20})",
        r"|(?:作者|记者)\s*[:：]\s*(?P<who>\p{Han}{2,4}(?:、\p{Han}{2,4})*)",
        r"|(?:作者|记者)(?P<named>\p{Han}{2,3})(?:\s+|$)",
        r"|(?P<aide>(?:通讯员|实习生)\s*[:：]?\s*\p{Han}{2,4})(?:\s+|$)",
        // (采编:    阅读: a field the site left empty.)
        r"|(?:采编|作者|记者|来源|",
        editor_roles!(),
        r")\s*[:：](?:\s+|$)",
        r"|(?P<editor>[\[【(（]?\s*(?P<role>",
        editor_roles!(),
        r")\s*[:：]?\s*(?P<editor_name>\p{Han}{2,4}|[A-Za-z0-9]{2,12})\s*[\]】)）]?)",
        r"|原标题\s*[:：]\s*(?P<title>[^\n]{2,40})",
        r"|【(?P<tag>[^】\s]{2,16})】",
        r"|(?:点击|浏览|阅读|关注|评论|赞)(?:数|量|次数|度)?\s*[:：]?\s*(?:\d+|[(（]\d*[)）])?",
        // (转发 列印: the site's buttons.)
        r"|(?P<button>转发|分享|收藏|列印|打印本页|打印|纠错|关闭窗口|上一版|下一版|上一篇|下一篇|放大|缩小|默认|往期阅读)",
        // (当前版: 01版: the e-paper's page.)
        r"|(?P<edition>当前版\s*[:：]?\s*(?:\d{1,3}版)?)",
        // (2019-06-17 21:4111810人民网: how many read it, run into the time.)
        r"|\d{1,8}",
        // (摘要:... ...: a summary the copy left empty.)
        r"|摘要\s*[:：]\s*[.…。\s]*$",
        r"|字号\s*[:：]?(?:\s*[大中小])*",
        // (类型:免费文章: the site's kind of page.)
        r"|(?:类型|分类|栏目)\s*[:：]\s*\p{Han}{0,8}",
        r"|(?P<outlet>\p{Han}{2,12})",
        r")",
    ))
    .expect("site line pattern")
});

/// A site's breadcrumb over a story: `您当前的位置 : 内蒙古新闻网 > 新闻中心
/// > 盟市新闻 > 乌兰察布`; or one that ends in its separator, which no
/// sentence does (`呼伦贝尔>媒体聚焦>`).
static BREADCRUMB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        concat!(
            r"^(?:(?:您(?:现在|当前)?的?|当前|所在)?位置\s*[:：]\s*)?[^。，,；;！？>]{1,16}(?:(?:\s*(?:>>?|»|＞)\s*[^。，,；;！？>]{1,16}){2,}|(?:\s*(?:>>?|»|＞)\s*[^。，,；;！？>]{1,16})*\s*(?:>>?|»|＞))$",
            // (当前所在:网站首页> 舆情监督: one step, after words that say
            // it is where the reader is.)
            r"|^(?:(?:您(?:现在|当前)?的?|当前|所在)?位置|当前所在)\s*[:：]\s*[^。，,；;！？>]{1,16}(?:\s*(?:>>?|»|＞)\s*[^。，,；;！？>]{1,16})+$",
            // (首页>行业新闻>中蒙最大陆路口岸——…熟牛羊肉675吨: from the home
            // page to the story's own title, however long.)
            r"|^(?:网站)?首页\s*(?:>>?|»|＞)(?:\s*[^。，,；;！？>]{1,16}\s*(?:>>?|»|＞))+\s*[^。，,；;！？>]{1,50}$",
        ),
    )
    .expect("breadcrumb pattern")
});

/// A link to where the story was first posted, on a line of its own:
/// `原文链接:https://www.….cn/….html`, or the address alone.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:原文|来源|本文)?(?:链接|地址|网址)\s*[:：]\s*)?(?i:https?)\s*[:：]\s*//\S+$",
    )
    .expect("link pattern")
});

/// A site's prompt to open its app or see more, printed among the story's
/// photos: `打开网易新闻 查看更多图片`, `查看精彩图片`, `点击查看大图`.
static APP_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:打开|下载)\s*\p{Han}{0,10}?(?:APP|App|app|客户端)?\s*)?(?:点击)?\s*(?:查看|阅读|浏览)(?:更多|全文|大图|原图|高清|精彩)\p{Han}{0,3}$",
    )
    .expect("app prompt pattern")
});

/// A headline of another story the site links to, with its date:
/// `沪小学创意开学 「作业免做券」受欢迎 (2015-02-28) (图)`.
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^。！？]{4,40}?\s*[(（]\d{4}-\d{1,2}-\d{1,2}[)）]\s*(?:[(（]图[)）])?$")
        .expect("related link pattern")
});

/// A site's tags: `#兴安盟# #农业#`.
static HASHTAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"#[^#\s]{1,12}#").expect("hashtag pattern"));

/// Words of a site's own furniture: its search box, menus, buttons and
/// links that skip to its parts.
const FURNITURE: &[&str] = &[
    "首页",
    "检索",
    "搜索",
    "帐户",
    "账户",
    "账号",
    "密码",
    "登录",
    "登陆",
    "注册",
    "简体",
    "繁体",
    "打印",
    "打印本页",
    "投稿",
    "推荐",
    "关闭",
    "加入最爱",
    "加入收藏",
    "设为首页",
    "返回顶部",
    "返回首页",
    "放大图片",
    "相关新闻",
    "相关阅读",
    "相关链接",
    "相关文章",
    "相关报道",
    "友情链接",
    // An e-paper's buttons: 往期阅读, 上一版 下一版, 放大 缩小 默认.
    "往期阅读",
    "上一篇",
    "下一篇",
    "上一版",
    "下一版",
    "放大",
    "缩小",
    "默认",
    // A login box's tabs: 个人 企业.
    "个人",
    "企业",
];

/// Whether a line is a site's menu or its furniture alone: words of its
/// own (`检索: 帐户 密码`, `【打印】 【投稿】`, `跳转到正文内容`), or three
/// short items or more, apart by spaces or bars, of which one is its home
/// page or the bars are two or more (`首页 时政新闻 经济新闻 …`,
/// `文汇网首页 | 检索 | 加入最爱 | 本报PDF版`). Or the site's tags (`#兴安盟#
/// #农业#`), with whatever heads them.
fn menu(line: &str) -> bool {
    let items: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "|｜丨┊:：【】".contains(c))
        .filter(|i| !i.is_empty())
        .collect();
    let furniture = |i: &str| {
        FURNITURE.contains(&i)
            || i.ends_with("首页") && i.chars().count() <= 8
            || i.starts_with("跳转到") && i.chars().count() <= 10
    };
    if !items.is_empty() && items.iter().all(|i| furniture(i)) {
        return true;
    }
    let bars = line.matches(['|', '｜', '丨']).count();
    let short = |i: &&str| {
        i.chars().count() <= 6 && !i.contains(['。', '，', ',', '、', '；', '！', '？', '“', '”'])
    };
    if items.len() >= 3
        && items.iter().all(short)
        && (bars >= 2 || items.iter().any(|i| furniture(i)))
    {
        return true;
    }
    HASHTAG.find_iter(line).count() >= 2 && !line.contains('。')
}

/// The fields of a government site's table of a document's particulars.
const PARTICULARS: &[&str] = &[
    "标题",
    "索引号",
    "发文字号",
    "文号",
    "发文机构",
    "发布机构",
    "信息分类",
    "主题分类",
    "概述",
    "成文日期",
    "公开日期",
    "发布日期",
    "生成日期",
    "废止日期",
    "有效性",
    "关键词",
];

/// A row of a government site's table of a document's particulars, cells
/// apart by bars (`| 标题: 1-9月全市重点项目建设情况 | |||`, `| 成文日期:
/// 2025-09-30 00:00:00 | 公开日期:… | 有 效 性:有效 |`): its title and
/// the date it was written.
fn particulars(line: &str) -> Option<SiteLine> {
    if !line.contains(['|', '｜']) {
        return None;
    }
    let mut site = SiteLine::default();
    let mut fields = 0;
    for cell in line.split(['|', '｜']) {
        let cell = cell.trim();
        if cell.is_empty() || cell.chars().all(|c| !c.is_alphanumeric()) {
            continue;
        }
        let (key, value) = cell.split_once([':', '：'])?;
        let key: String = key.chars().filter(|c| !c.is_whitespace()).collect();
        if !PARTICULARS.contains(&key.as_str()) {
            return None;
        }
        let value = value.trim();
        match key.as_str() {
            "标题" if !value.is_empty() => site.title = Some(value.to_string()),
            "成文日期" | "发布日期" | "公开日期" => {
                let date = value.split_whitespace().next().unwrap_or("");
                if date.starts_with(|c: char| c.is_ascii_digit()) && site.date.is_none() {
                    site.date = Some(date.to_string());
                }
            }
            _ => {}
        }
        fields += 1;
    }
    (fields > 0).then_some(site)
}

/// A site's line of a story's particulars, a date and time between short
/// words of its sections (`政务   2024-11-24 09:01   内蒙古`): the date.
fn meta(line: &str) -> Option<SiteLine> {
    let items: Vec<&str> = line.split_whitespace().collect();
    if !(3..=5).contains(&items.len()) {
        return None;
    }
    let is_date = |i: &str| {
        let parts: Vec<&str> = i.split('-').collect();
        parts.len() == 3
            && parts[0].len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let is_time = |i: &str| {
        let parts: Vec<&str> = i.split(':').collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let dates: Vec<&&str> = items.iter().filter(|i| is_date(i)).collect();
    // (Words on both sides: 余健 2025-05-01 11:52:30 names its author, and
    // 乌兰察布日报 2019-04-09 its paper.)
    let word = |i: &str| (2..=6).contains(&i.chars().count()) && i.chars().all(crate::text::is_han);
    let words = word(items[0])
        && word(items[items.len() - 1])
        && items
            .iter()
            .filter(|i| !is_date(i) && !is_time(i))
            .all(|i| word(i) && !i.ends_with(['报', '网', '社', '台']));
    (dates.len() == 1 && words && items.iter().filter(|i| is_time(i)).count() <= 1).then(|| {
        SiteLine {
            date: Some(dates[0].to_string()),
            ..SiteLine::default()
        }
    })
}

/// Whether a line is a site's footer: its copyright (`Copyright © 1996-2009
/// SINA Corporation`, `新浪公司 版权所有`, `版权均属于 内蒙古新闻网`), a
/// credit in Latin letters alone (`Powered By Google`), or its prompt to
/// follow it by a QR code (`扫描左侧二维码下载内蒙古客户端`).
fn footer(line: &str) -> bool {
    let lower = line.to_lowercase();
    if [
        "copyright",
        "©",
        "all rights reserved",
        "版权所有",
        "版权均属",
        "版权与免责",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return true;
    }
    let latin = line.split_whitespace().count() >= 2
        && line
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c.is_whitespace() || ".,'&-".contains(c));
    let follow = line.contains("二维码")
        && (line.contains("客户端") || line.contains("公众号") || line.contains("官方微信"));
    latin || follow
}

/// A site's mark over a story's text, shorter than a breadcrumb: its section
/// then 正文 (`中新社内蒙古分社 • 正文`), which the page may join to the
/// section name under it (`…正文盟市动态`).
fn section_mark(line: &str) -> bool {
    let Some((rest, after)) = line.rsplit_once("正文") else {
        return false;
    };
    let rest = rest.trim_end();
    rest.ends_with(['•', '·', '>', '»', '＞'])
        && rest.chars().count() <= 24
        && !rest.contains(['。', '，', ',', '；', '！', '？'])
        && after.chars().count() <= 10
        && after.chars().all(crate::text::is_han)
}

/// Whether a line may be a site's section name (中新记者看内蒙古): a few
/// characters that say no sentence.
pub fn is_section(line: &str) -> bool {
    let line = line.trim();
    (2..=10).contains(&line.chars().count()) && line.chars().all(crate::text::is_han)
}

/// Whether a line may be a site's title for the story, printed between
/// its lines (阿拉善:沙漠旅游活力四射): a short line that says no sentence.
pub fn is_site_title(line: &str) -> bool {
    is_title_line(line) && !line.contains(['，', ','])
}

/// Whether a line may be a title: a short line that ends no sentence
/// (明天,来通辽阿古拉草原,与你“敖包相会”), and is no site's line.
pub fn is_title_line(line: &str) -> bool {
    let line = line.trim();
    (4..=40).contains(&line.chars().count())
        && line.chars().filter(|&c| crate::text::is_han(c)).count() >= 4
        && !line.contains(['。', '！', '？', '；', '!', '?'])
        && site_line(line).is_none()
        // (本报记者 尹 婕: a byline.)
        && !is_byline_line(line)
}

/// A line of its own that is a paper's or a site's, not the story's, and
/// what it says: a line dating the story over its byline (`2006年08月05日
/// 经济观察报`, `2019-09-24 经济参考报`, `发布日期:2023-11-16`,
/// `来源:呼伦贝尔日报 2023年04月17日`, `来源:中新网 责任编辑:何宇 2021-02-02
/// 17:02:54`), the issue a story was printed in (`《 人民日报海外版 》(
/// 2019年01月02日 第 12 版)`), a breadcrumb, an editor's credit (`[责任编辑
/// 吴钰 ]`).
pub fn site_line(line: &str) -> Option<SiteLine> {
    // (记者:王磊编辑:王婷: credits on lines of their own, joined as one
    // block, stand apart at each role.)
    // (…16:33:22丨来源:中国网草原频道丨作者:苏文彦: 丨 for a bar.)
    let barred = line.replace('丨', " | ");
    let spaced = CREDIT_ROLE.replace_all(&barred, " $0");
    // (来源:光明网2024-07-05 14:41: the date run into the outlet.)
    let spaced = DATE_JOINED.replace_all(&spaced, "$1 $2");
    // (Twice: one empty field's next may be empty too.)
    let spaced = EMPTY_FIELD.replace_all(&spaced, "$1$2 | $3");
    let spaced = EMPTY_FIELD.replace_all(&spaced, "$1$2 | $3");
    let line = spaced.trim();
    if let Some(c) = PRINTED_IN.captures(line) {
        return Some(SiteLine {
            date: c.name("date").map(|m| m.as_str().to_string()),
            authors: Vec::new(),
            outlet: c.name("outlet").map(|m| m.as_str().to_string()),
            ..SiteLine::default()
        });
    }
    if BREADCRUMB.is_match(line)
        || section_mark(line)
        || APP_PROMPT.is_match(line)
        || LINK.is_match(line)
        || RELATED.is_match(line)
        || footer(line)
    {
        return Some(SiteLine::default());
    }
    if let Some(site) = particulars(line) {
        return Some(site);
    }
    if menu(line) {
        // (文汇网首页: the site's home page names it.)
        let outlet = line
            .split(|c: char| c.is_whitespace() || "|｜丨".contains(c))
            .find_map(|i| {
                i.strip_suffix("首页")
                    .filter(|o| o.ends_with('网') && o.chars().count() >= 3)
            })
            .map(str::to_string);
        return Some(SiteLine {
            outlet,
            ..SiteLine::default()
        });
    }
    if let Some(site) = meta(line) {
        return Some(site);
    }
    let mut site = SiteLine::default();
    let (mut rest, mut parts, mut said, mut after_author) = (line, 0, false, false);
    let (mut buttons, mut sourced) = (0, false);
    while !rest.trim().is_empty() {
        let c = SITE_PART.captures(rest)?;
        let whole = c.get(0)?;
        if whole.as_str().trim().is_empty() {
            return None;
        }
        // (作者:龚玥 王飞: a second author after the first, apart by a
        // space.)
        if let Some(outlet) = c.name("outlet")
            && after_author
            && (2..=3).contains(&outlet.as_str().chars().count())
            && rest[whole.end()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        {
            site.authors.push(outlet.as_str().to_string());
            parts += 1;
            rest = &rest[whole.end()..];
            continue;
        }
        after_author = c.name("who").is_some() || c.name("named").is_some();
        if let Some(outlet) = c.name("outlet") {
            // (An outlet alone names only after the date: 2019-09-24
            // 经济参考报, and ends the line; or, a paper's, right before
            // it: 乌兰察布日报 2019-04-09 00:00:00.)
            let after = &rest[whole.end()..];
            let last = after.trim().is_empty();
            // (余健 2025-05-01 11:52:30: a name, not a paper's, over
            // the time the story was posted is its author's.)
            let dated = |after: &str| {
                SITE_PART.captures(after).is_some_and(|n| {
                    n.name("date").is_some()
                        && after[n.get(0).map_or(0, |m| m.end())..].trim().is_empty()
                })
            };
            if site.date.is_none()
                && parts == 0
                && (2..=3).contains(&outlet.as_str().chars().count())
                && !outlet.as_str().ends_with(['报', '网', '社', '台'])
                && rest[whole.end()..].starts_with(char::is_whitespace)
                && dated(&rest[whole.end()..])
            {
                site.authors.push(outlet.as_str().to_string());
                said = true;
                parts += 1;
                rest = &rest[whole.end()..];
                continue;
            }
            // (内蒙古新闻网  17-07-04 09:56 打印本页 来源:北方新报: the
            // site's name before its date, and more of its line after.)
            let dated_after = site.date.is_none()
                && parts == 0
                && outlet.as_str().ends_with(['报', '网'])
                && SITE_PART
                    .captures(after)
                    .is_some_and(|n| n.name("date").is_some() || n.name("yy").is_some());
            if !dated_after && (site.date.is_none() || !last) {
                return None;
            }
        }
        // (08.01.2017 day first, 17-07-04 with the century left out,
        // 2025 01/11 with the year apart: each given as 2017-01-08.)
        let orders = [
            ("year", "month", "day", ""),
            ("yy", "ym", "yd", "20"),
            ("sy", "sm", "sd", ""),
        ];
        for (year, month, day, century) in orders {
            if let (Some(year), Some(month), Some(day)) = (c.name(year), c.name(month), c.name(day))
            {
                site.date.get_or_insert(format!(
                    "{century}{}-{:0>2}-{:0>2}",
                    year.as_str(),
                    month.as_str(),
                    day.as_str()
                ));
            }
        }
        if let Some(date) = c.name("date") {
            site.date.get_or_insert(date.as_str().to_string());
        }
        // (作者:记者: the field's name where no name was filled in.)
        if let Some(who) = c.name("who") {
            site.authors.extend(
                who.as_str()
                    .split('、')
                    // (作者:佚名: the author is unknown, not named 佚名.)
                    .filter(|w| !["记者", "作者", "佚名"].contains(w))
                    .map(str::to_string),
            );
        }
        if let Some(who) = c.name("named").filter(|w| w.as_str() != "佚名") {
            site.authors.push(who.as_str().to_string());
        }
        if let Some(title) = c.name("title") {
            site.title.get_or_insert(title.as_str().trim().to_string());
        }
        if let (Some(role), Some(name)) = (c.name("role"), c.name("editor_name"))
            && ["责任编辑", "责编", "编辑"].contains(&role.as_str())
            && name.as_str().chars().all(crate::text::is_han)
        {
            site.editors
                .push(format!("{} {}", role.as_str(), name.as_str()));
        }
        // (来源:本站整理 and 来源:网络 name no outlet; the site's own tag,
        // 【亚太旅游网】, does. Nor does a code of letters and digits, 来源:
        // sp20241105.)
        let code =
            |m: &str| !m.chars().any(crate::text::is_han) && m.chars().any(|c| c.is_ascii_digit());
        if let Some(from) = [c.name("tag"), c.name("from"), c.name("outlet")]
            .into_iter()
            .flatten()
            .find(|m| {
                !m.as_str().starts_with("本")
                    && !["网络", "互联网", "网友", "用户投稿"].contains(&m.as_str())
                    && !code(m.as_str())
            })
        {
            // (内蒙古新闻网 17-07-04 09:56 来源:北方新报: the source named
            // outranks the name of the site that posted it.)
            if c.name("from").is_some() && !sourced {
                site.outlet = Some(from.as_str().to_string());
                sourced = true;
            } else {
                site.outlet.get_or_insert(from.as_str().to_string());
            }
        }
        buttons += usize::from(c.name("button").is_some());
        said |= ["from", "who", "named", "aide", "editor", "title", "edition"]
            .iter()
            .any(|g| c.name(g).is_some());
        parts += 1;
        rest = &rest[whole.end()..];
    }
    // (上一篇 下一篇, 放大 缩小 默认: a line of the site's buttons alone.)
    (parts > 0 && (site.date.is_some() || said) || parts >= 2 && buttons == parts).then_some(site)
}

/// A role and its colon in a site's credits: `编辑:`, `审核：`.
static CREDIT_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!("(?:", editor_roles!(), "|记者|作者|通讯员)[:：]"))
        .expect("credit role pattern")
});

/// A date run into the word before it on a site's line (`光明网2024-07-05`).
/// A field a site left empty, with the next field's name after its
/// spaces (`作者:  来源:   点击 1723`), which would read as its value.
static EMPTY_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(作者|记者|来源|采编)\s*([:：])\s+(来源|点击|类型|浏览|阅读|责任编辑|编辑|发布|作者)",
    )
    .expect("empty field pattern")
});

static DATE_JOINED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Han})(\d{4}-\d{1,2}-\d{1,2})").expect("joined date pattern"));

/// A line of the paper and issue a story was printed in, under its byline:
/// `《 人民日报海外版 》( 2019年01月02日   第 12 版)`.
static PRINTED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^《\s*(?P<outlet>\p{Han}{2,12})\s*》\s*[(（]\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*(?:第\s*(?P<page>\d{1,3})\s*版)?\s*[)）]\s*$",
    )
    .expect("printed-in pattern")
});

/// An author in brackets after the story's last sentence: `。(通拉嘎)`,
/// `。（记者 王磊 李娜）`, `。(文/图 李洋洋)`, `。(通辽机场:丁宇欣)`.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[。！？”][(（](?:\p{Han}{2,12}[:：]\s*)?((?:\p{Han}{0,12}?记者|文\s*[/／]\s*图|文图)?\s*\p{Han}{2,5}?(?:[\s、]+(?:(?:通讯员|实习生)\s*)?\p{Han}{2,5}?){0,3})\s*(?:报道)?[)）]\s*$",
    )
    .expect("closing author pattern")
});

/// Reporters after the story's last sentence, behind a paper's mark and
/// before where they report from: `。■本报记者 郭建丽、实习记者 图们 内蒙古
/// 报道`.
static CLOSING_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[。！？”]\s*■\s*((?:本报|特约|首席)?记者\s*\p{Han}{2,4}(?:[\s、]+(?:(?:实习记者|见习记者|通讯员|实习生)\s*)?\p{Han}{2,4}){0,3})\s*(?:\p{Han}{2,6}报道)?\s*$",
    )
    .expect("closing mark pattern")
});

/// The outlet a story closes by naming as its source: `(文章来源:上海证券报·
/// 中国证券网)`, `信息来源:阿右旗融媒体中心`.
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[(（])(?:文章|信息)?来源\s*[:：]\s*([^()（）\s:：。，,、；;！？]{2,30})[)）]?\s*$",
    )
    .expect("source pattern")
});

/// The outlet a story's last paragraph closes with, and where in it the
/// source opens (the paragraph's text ends there).
pub fn source(last: &str) -> Option<(String, usize)> {
    let c = SOURCE.captures(last)?;
    Some((c.get(1)?.as_str().to_string(), c.get(0)?.start()))
}

/// The author a story's last paragraph closes with, and where in it the
/// brackets open (the paragraph's text ends there).
pub fn closing(last: &str) -> Option<(Vec<String>, usize)> {
    let c = CLOSING
        .captures(last)
        .or_else(|| CLOSING_MARK.captures(last))?;
    let inside = c.get(1)?;
    let (reporters, _) = names(inside.as_str());
    // The sentence's own end stays: the brackets start one character on.
    let open = c.get(0)?.start() + c.get(0)?.as_str().chars().next()?.len_utf8();
    (!reporters.is_empty()).then_some((reporters, open))
}

/// The reporters a line of its own under a story credits in brackets:
/// `(总台记者 于文波)`. Only a reporter's: `(资料图)` credits no one.
pub fn closing_line(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if !line.starts_with(['(', '（']) || !line.contains("记者") {
        return None;
    }
    // As if it closed the last sentence.
    closing(&format!("。{line}")).map(|(reporters, _)| reporters)
}

/// Who a photo caption credits: `…培养。内蒙古日报•草原全媒记者 黄燕飞 摄`
/// gives 黄燕飞, `李欢倪供图` 李欢倪, `图片由兴安盟科右前旗融媒体中心提供`
/// the centre, `(记者 张楚研 摄)` and `(摄影:勿日汗)` in brackets too.
pub fn credit(caption: &str) -> Option<String> {
    split_caption(caption).map(|(_, name)| name)
}

/// A credited caption's description of the photo, without its credit or
/// a leading 图为 (`图为护边员嘎达准备出发。 张鼎晖 摄`: 护边员嘎达准备出发),
/// and the name credited.
pub fn split_caption(caption: &str) -> Option<(String, String)> {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            // (满洲里红色展览馆。王化勇摄/光明图片: and the picture agency's name.)
            r"(?:^|[。\s•·]|记者)(\p{Han}{2,4})\s*(?:摄影?|供图)(?:\s*[/／]\s*\p{Han}{2,6})?[。]?$",
            r"|图片由(\p{Han}{2,24}?)提供[。]?$",
            // (…奶业已成为当地富民大产业。图/郭鹏)
            r"|(?:^|[。\s])图\s*[/／]\s*(\p{Han}{2,4})$",
            // (民警在国门执勤 摄影/安吉拉)
            r"|(?:^|[。\s])摄影\s*[/／:：]\s*(\p{Han}{2,4})$",
        ))
        .expect("credit pattern")
    });
    // In brackets: (记者 张楚研 摄), (央广网发 王劭凯 摄), (通讯员 张鼎晖摄),
    // (乌兰浩特市委宣传部
    // 供图), (摄影:勿日汗).
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"[(（](?:(?:\p{Han}|•|·)*(?:记者|发|通讯员)\s*)?(?:(\p{Han}{2,4})\s*摄影?|(\p{Han}{2,16}?)\s*供图",
            r"|摄影[:：]\s*(\p{Han}{2,4}))[)）][。]?$",
        ))
        .expect("bracketed credit pattern")
    });
    let caption = caption.trim();
    let (at, name) = if let Some(c) = BRACKETED.captures(caption) {
        let name = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
        (c.get(0)?.start(), name.as_str())
    } else {
        let c = CREDIT.captures(caption)?;
        let name = (1..=4).find_map(|i| c.get(i))?;
        // (The full stop before the credit ends the description.)
        let whole = c.get(0)?;
        let at = whole.start() + whole.as_str().find(|c: char| c != '。').unwrap_or(0);
        (at, name.as_str())
    };
    if CREDITS.contains(&name) || name.ends_with("记者") {
        return None;
    }
    // What comes before the credit, to its last full stop: the outlet
    // and the title before the name (内蒙古日报•草原全媒记者) are no part
    // of the description.
    let before = &caption[..at];
    let body = match before.rfind('。') {
        Some(end) => &before[..end],
        None if before.contains("记者") || before.contains('•') => "",
        None => before,
    };
    let body = body
        .trim()
        .trim_start_matches("图为")
        .trim_end_matches(['。', ' ']);
    Some((body.to_string(), name.to_string()))
}

/// The marks a byline line opens with: `□本报记者 霍晓庆`, `◎彭燕`.
const MARKS: &[char] = &['□', '■', '◎', '○', '●', '◆', '◇', '△', '▲'];

/// Reads the byline at the top of a story's blocks. Returns it, how many
/// blocks it took, and the first block's text without its dateline when the
/// byline was a dateline.
pub fn read(blocks: &[Block]) -> (Byline, usize, Option<String>) {
    let Some(first) = blocks.first() else {
        return (Byline::default(), 0, None);
    };
    // 2019-09-24 经济参考报 / 记者 丁铭 魏婧宇/满洲里报道: a line dating the
    // story over its byline gives the date, and the byline is read under
    // it.
    if let Some(site) = site_line(&first.text)
        && blocks.len() > 1
    {
        let (mut byline, used, lead) = read(&blocks[1..]);
        byline.merge(site);
        return (byline, used + 1, lead);
    }
    // (挤奶员正在棚圈挤奶。/ 从新疆购买的骆驼。/ □文/图 本报记者 白文学:
    // the photos' captions printed over the byline are no part of it.)
    if !is_byline_line(&first.text)
        && let Some(k) = (1..blocks.len().min(4)).find(|&k| is_byline_line(&blocks[k].text))
        && blocks[..k].iter().all(|b| {
            b.text.chars().count() <= 30
                && b.text.matches('。').count() <= 1
                && b.text.trim_end().ends_with('。')
                && !b.text.contains(['，', ','])
        })
    {
        let (byline, used, lead) = read(&blocks[k..]);
        return (byline, used + k, lead);
    }
    if is_byline_line(&first.text) {
        let mut text = first.text.trim_start_matches(MARKS).trim().to_string();
        let mut used = 1;
        // A byline broken over two lines: 通讯员 徐爱翔 on the next; or
        // names alone under a role's (本报记者 白文学 / 布仁巴雅尔 苏英宝).
        if let Some(next) = blocks.get(1)
            && (next.blanks == 0 && is_byline_line(&next.text)
                || next.blanks <= 1 && names_only(&next.text) && !names(&text).0.is_empty())
        {
            text.push(' ');
            text.push_str(next.text.trim_start_matches(MARKS).trim());
            used = 2;
        }
        let (reporters, correspondents) = names(&text);
        let mut said = spaced(&text);
        // (And the issue it was printed in, on the line under it: the
        // paper is how readers tell the story, 人民日报海外版那篇.)
        let date = match blocks
            .get(used)
            .and_then(|b| PRINTED_IN.captures(b.text.trim()))
        {
            Some(c) => {
                used += 1;
                said.push_str(&format!(" 《{}》", &c["outlet"]));
                if let Some(page) = c.name("page") {
                    said.push_str(&format!("第{}版", page.as_str()));
                }
                Some(c["date"].to_string())
            }
            None => None,
        };
        let byline = Byline {
            text: Some(said),
            reporters,
            correspondents,
            place: None,
            date,
            title: None,
        };
        return (byline, used, None);
    }
    if let Some((mut byline, lead)) = dateline(&first.text) {
        // 中新网赤峰5月30日电 题:内蒙古乡镇经济新变化… / 作者 奥蓝: the
        // dateline gives a feature's own title, and its authors follow on a
        // line of their own. Neither is part of the story.
        if let Some(title) = ["题:", "题："]
            .iter()
            .find_map(|w| lead.trim_start().strip_prefix(w))
        {
            // (题:…发展之路 / 新华社记者王春燕、彭源 on the next line, which
            // the page joins to the title: the byline is where an outlet's
            // reporter or a role opens.)
            let joined = title.char_indices().skip(4).find_map(|(i, _)| {
                let rest = &title[i..];
                let opens = OUTLETS.iter().any(|o| {
                    rest.strip_prefix(o)
                        .is_some_and(|r| ROLES.iter().any(|(role, _)| r.starts_with(role)))
                }) || ["记者", "作者"].iter().any(|r| rest.starts_with(r));
                (opens && is_byline_line(rest)).then_some(i)
            });
            let (title, authors) = match joined {
                Some(i) => (&title[..i], Some(&title[i..])),
                None => (title, None),
            };
            byline.title = Some(title.trim().to_string());
            if let Some(text) = authors {
                let (reporters, correspondents) = names(text);
                if byline.reporters.is_empty() {
                    byline.reporters = reporters;
                    byline.correspondents = correspondents;
                }
                byline.text = Some(spaced(text));
                return (byline, 1, None);
            }
            let Some(next) = blocks.get(1).filter(|b| is_byline_line(&b.text)) else {
                return (byline, 1, None);
            };
            let text = next.text.trim_start_matches(MARKS).trim();
            let (reporters, correspondents) = names(text);
            if byline.reporters.is_empty() {
                byline.reporters = reporters;
                byline.correspondents = correspondents;
            }
            byline.text.get_or_insert_with(|| spaced(text));
            return (byline, 2, None);
        }
        return (byline, 0, Some(lead));
    }
    // “弘扬库布其精神 圆梦绿色乌海”系列报道之一 / 本报记者 颜慧: a
    // series' line over the byline is no part of the story.
    if let Some(next) = blocks.get(1)
        && first.text.chars().count() <= DECK
        && !first.text.contains(['。', '！', '？', '!', '?', '，', ','])
        && is_byline_line(&next.text)
    {
        let (byline, used, lead) = read(&blocks[1..]);
        if !byline.reporters.is_empty() {
            return (byline, used + 1, lead);
        }
    }
    // 开工奠基 / 新报讯(…记者 段丽萍) 12月22日,…: a short kicker line
    // over the dateline is no part of the story.
    if let Some(next) = blocks.get(1)
        && first.text.chars().count() <= KICKER
        && !first.text.contains(['。', '，', ','])
        && let Some((byline, lead)) = dateline(&next.text)
    {
        return (byline, 1, Some(lead));
    }
    // 恐龙家族添“新丁”:内蒙古发现窃蛋龙类恐龙新类群 / 中新网呼和浩特11月
    // 29日电…: a longer line over the dateline that says no sentence is
    // the story's own title, as 题: gives one.
    if let Some(next) = blocks.get(1)
        && first.text.chars().count() <= DECK
        && !first.text.contains(['。', '！', '？', '!', '?'])
        && let Some((mut byline, lead)) = dateline(&next.text)
    {
        byline.title = Some(first.text.trim().to_string());
        return (byline, 1, Some(lead));
    }
    (Byline::default(), 0, None)
}

/// Whether `deck` is a one-sentence deck over a dateline that opens
/// `next` (`呼伦贝尔市在建最大的PPP项目,将于9月10日投入使用。` over
/// `本报讯(记者孙德华 付饶 蒋铁英)在…`): the deck is the story's own
/// summary, and the byline is read under it.
pub fn is_deck(deck: &str, next: &str) -> bool {
    let deck = deck.trim();
    deck.chars().count() <= DECK
        && deck.ends_with('。')
        && deck.matches('。').count() == 1
        && !is_byline_line(deck)
        && dateline(deck).is_none()
        && dateline(next).is_some()
}

/// The longest deck line above a dateline.
const DECK: usize = 40;

/// Outlets whose reporters a byline line may open with.
const OUTLETS: &[&str] = &["中新网", "中新社", "新华社", "人民网", "央广网", "新华网"];

/// The longest kicker line above a dateline.
const KICKER: usize = 16;

/// The byline a dateline opening `text` gives, and the text after it.
/// Whether a text opens with a dateline (`阿拉善9月10日电 (乌瑶 包秀文)…`).
pub fn opens_with_dateline(text: &str) -> bool {
    dateline(text.trim()).is_some()
}

fn dateline(text: &str) -> Option<(Byline, String)> {
    // (中国民航网 通讯员姚彬 报道: the 讯 of 通讯员 ends no dateline.)
    let correspondent = |c: &regex::Captures| {
        let at = c.get(3).or_else(|| c.get(2)).map_or(0, |m| m.end());
        text[at..].starts_with("讯员")
    };
    if let Some(c) = DATELINE.captures(text).filter(|c| !correspondent(c)) {
        let whole = c.get(0).map_or(0, |m| m.end());
        // (本报讯 记者陈力 齐慧报道: the reporters after the dateline,
        // up to a colon, as well as in brackets.)
        // (【香港商报讯】王一伟 蔡文勇报道: names with no role, up to 报道.)
        let inside = c
            .get(4)
            .or_else(|| c.get(5))
            .or_else(|| c.get(6))
            .map(|m| m.as_str().trim().to_string());
        let (reporters, correspondents) = inside.as_deref().map(names).unwrap_or_default();
        // The outlet a site or agency's dateline names (央广网, 新华社) is
        // how readers tell its story (那条央广网消息); 本报 is the page's own.
        let outlet = c
            .get(1)
            .map(|m| m.as_str())
            .filter(|o| !o.starts_with('本'));
        let said = match (outlet, inside) {
            // (新报讯（北方新报正北方网记者段丽萍）: the brackets name it.)
            (Some(o), Some(i)) if i.contains(o) => Some(spaced(&i)),
            (Some(o), Some(i)) => Some(format!("{o} {}", spaced(&i))),
            (Some(o), None) => Some(o.to_string()),
            (None, inside) => inside.map(|s| spaced(&s)),
        };
        let byline = Byline {
            text: said,
            reporters,
            correspondents,
            place: c
                .get(2)
                .map(|m| m.as_str().to_string())
                .filter(|s| !s.is_empty()),
            date: c.get(3).map(|m| m.as_str().to_string()),
            title: None,
        };
        return Some((byline, text[whole..].to_string()));
    }
    // With no outlet: a place, a date and a reporter, and perhaps the
    // feature's title between them.
    [&*BARE_DATELINE, &*TITLED_DATELINE]
        .iter()
        .find_map(|pattern| {
            let c = pattern.captures(text)?;
            let whole = c.get(0)?.end();
            let group = |name: &str| c.name(name).map(|m| m.as_str().trim().to_string());
            let inside = group("who")?;
            let (reporters, correspondents) = names(&inside);
            let byline = Byline {
                text: Some(spaced(&inside)),
                reporters,
                correspondents,
                place: group("place"),
                date: group("date"),
                title: group("title"),
            };
            Some((byline, text[whole..].to_string()))
        })
}

/// Whether a line holds names alone, apart by spaces or 、 (布仁巴雅尔
/// 苏英宝): one to four of two to five characters each, one of them at
/// least a surname's (not 草原深处, a heading).
fn names_only(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '、')
        .filter(|w| !w.is_empty())
        .collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            (2..=5).contains(&w.chars().count())
                && w.chars().all(crate::text::is_han)
                && !ROLES.iter().any(|(r, _)| w.contains(r))
                && !CREDITS.iter().any(|c| w.contains(c))
        })
        // (One at least a Han name of a surname and one or two more.)
        && words.iter().any(|w| {
            w.chars().count() <= 3 && w.chars().next().is_some_and(super::entity::is_surname)
        })
}

fn is_byline_line(text: &str) -> bool {
    let short = text.chars().count() <= BYLINE && !text.contains(['。', '，', ',']);
    let t = text.trim_start_matches(MARKS).trim_start();
    // ◎彭燕: another mark opens a byline only of a name (not ◆相关链接).
    let a_name = || {
        let n = t.chars().count();
        (2..=4).contains(&n)
            && t.chars().all(crate::text::is_han)
            && t.chars().next().is_some_and(super::entity::is_surname)
    };
    // (中新网记者 李爱平: an outlet's reporter.)
    let outlet_role = || {
        OUTLETS.iter().any(|o| {
            t.strip_prefix(o)
                .is_some_and(|rest| ROLES.iter().any(|(r, _)| rest.starts_with(r)))
        })
    };
    short
        && (text.starts_with('□')
            || text.starts_with(MARKS) && a_name()
            || t.starts_with("本报")
            || ROLES.iter().any(|(r, _)| t.starts_with(r))
            || outlet_role()
            || t.ends_with("摄影报道"))
}

/// The people a byline names, as (reporters, correspondents): the words
/// between its roles and credits, read left to right.
fn names(text: &str) -> (Vec<String>, Vec<String>) {
    let mut reporters = Vec::new();
    let mut correspondents = Vec::new();
    let mut reporter = true;
    let mut name = String::new();
    let mut flush = |name: &mut String, reporter: bool| {
        let n = name.chars().count();
        if (2..=6).contains(&n) && name.chars().all(crate::text::is_han) {
            if reporter {
                reporters.push(name.clone());
            } else {
                correspondents.push(name.clone());
            }
        }
        name.clear();
    };
    let mut rest = text;
    let (mut after_slash, mut had_name) = (false, false);
    while let Some(c) = rest.chars().next() {
        if let Some((role, is_reporter)) = ROLES.iter().find(|(r, _)| rest.starts_with(r)) {
            // (内蒙古日报社融媒体记者 魏那: the outlet before a role is no
            // name; 刘宏章通讯员 is.)
            if ["社", "报", "台", "网", "站", "体", "中心"]
                .iter()
                .any(|e| name.ends_with(e))
            {
                name.clear();
            }
            flush(&mut name, reporter);
            reporter = *is_reporter;
            rest = &rest[role.len()..];
        } else if let Some(credit) = CREDITS.iter().find(|w| rest.starts_with(*w)) {
            // 记者 丁铭 魏婧宇/满洲里报道, 本报记者 侯莹 内蒙古报道: where
            // the story was reported from, after a slash or, after a name,
            // a word no surname opens, is no one.
            let place = *credit == "报道"
                && (after_slash
                    || had_name && !name.chars().next().is_some_and(super::entity::is_surname));
            if place {
                name.clear();
            }
            flush(&mut name, reporter);
            rest = &rest[credit.len()..];
        } else if c.is_whitespace()
            && name.chars().count() == 1
            && name.chars().next().is_some_and(super::entity::is_surname)
            && rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(crate::text::is_han)
        {
            // 本报记者 尹 婕: a name of two spaced apart, as a page sets
            // it to the width of three.
            rest = rest.trim_start();
            continue;
        } else if c.is_whitespace() || "、，,/／".contains(c) || MARKS.contains(&c) {
            had_name |= !name.is_empty();
            flush(&mut name, reporter);
            after_slash = "/／".contains(c);
            rest = &rest[c.len_utf8()..];
            continue;
        } else {
            name.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        after_slash = false;
    }
    flush(&mut name, reporter);
    (reporters, correspondents)
}

/// One space between the parts of a byline, however the page spaced it.
fn spaced(text: &str) -> String {
    let mut s = text.to_string();
    for (role, _) in ROLES
        .iter()
        .filter(|(r, _)| *r == "通讯员" || *r == "实习生")
    {
        s = s.replace(role, &format!(" {role}"));
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, blanks: usize) -> Block {
        Block {
            text: text.to_string(),
            line: 1,
            blanks,
        }
    }

    fn check(blocks: &[(&str, usize)], expected: (&str, &[&str], &[&str], Option<&str>, usize)) {
        let blocks: Vec<Block> = blocks.iter().map(|(t, b)| block(t, *b)).collect();
        let (b, used, _) = read(&blocks);
        let (text, reporters, correspondents, date, n) = expected;
        assert_eq!(b.text.as_deref(), Some(text), "{blocks:?}");
        assert_eq!(b.reporters, reporters, "{blocks:?}");
        assert_eq!(b.correspondents, correspondents, "{blocks:?}");
        assert_eq!(b.date.as_deref(), date, "{blocks:?}");
        assert_eq!(used, n, "{blocks:?}");
    }

    #[test]
    fn bylines_in_all_their_forms() {
        check(
            &[("□本报记者 霍晓庆", 1), ("正文。", 1)],
            ("本报记者 霍晓庆", &["霍晓庆"], &[], None, 1),
        );
        check(
            &[("□本报记者 刘宏章通讯员 徐爱翔", 1)],
            (
                "本报记者 刘宏章 通讯员 徐爱翔",
                &["刘宏章"],
                &["徐爱翔"],
                None,
                1,
            ),
        );
        check(
            &[("□本报记者 李新军 通讯员 张梁诚 摄影报道", 1)],
            (
                "本报记者 李新军 通讯员 张梁诚 摄影报道",
                &["李新军"],
                &["张梁诚"],
                None,
                1,
            ),
        );
        check(
            &[("□本报实习记者 冯华朵通讯员 吕晓波", 1)],
            (
                "本报实习记者 冯华朵 通讯员 吕晓波",
                &["冯华朵"],
                &["吕晓波"],
                None,
                1,
            ),
        );
        // Test page 67: the photos' captions over the byline; names alone
        // under it, a blank line apart.
        check(
            &[
                ("挤奶员正在棚圈挤奶。", 1),
                ("从新疆购买的骆驼。", 1),
                ("□文/图  本报记者  白文学", 1),
                ("布仁巴雅尔  苏英宝", 1),
                ("随着一场降温,沙漠里的天气变得越发寒冷。", 1),
            ],
            (
                "文/图 本报记者 白文学 布仁巴雅尔 苏英宝",
                &["白文学", "布仁巴雅尔", "苏英宝"],
                &[],
                None,
                4,
            ),
        );
        // (Not a line of the story under it.)
        check(
            &[("□本报记者 霍晓庆", 1), ("草原深处", 1), ("正文。", 1)],
            ("本报记者 霍晓庆", &["霍晓庆"], &[], None, 1),
        );
        // Another mark, before a name alone; not before a column's name.
        check(
            &[("◎彭燕", 1), ("正文。", 1)],
            ("彭燕", &["彭燕"], &[], None, 1),
        );
        assert!(!is_byline_line("◆相关链接"));
        check(
            &[("□本报记者 张玮 摄影报道", 1)],
            ("本报记者 张玮 摄影报道", &["张玮"], &[], None, 1),
        );
        check(
            &[(
                "本报呼和浩特10月8日讯(记者 刘洋)记者9月30日从呼和浩特市科技局获悉。",
                1,
            )],
            ("记者 刘洋", &["刘洋"], &[], Some("10月8日"), 0),
        );
        check(
            &[(
                "本报巴彦淖尔10月8日电(记者 薛来)10月7日,在一望无际的鲜食玉米地里。",
                1,
            )],
            ("记者 薛来", &["薛来"], &[], Some("10月8日"), 0),
        );
        check(
            &[(
                "本报呼和浩特8月5日电(记者 寇雅楠 实习生 秦一凡)8月5日上午,大会开幕。",
                1,
            )],
            (
                "记者 寇雅楠 实习生 秦一凡",
                &["寇雅楠"],
                &["秦一凡"],
                Some("8月5日"),
                0,
            ),
        );
        check(
            &[(
                "本报呼和浩特10月23日电(记者张枨)阿拉善盟近日全面铺开秋季造林。",
                1,
            )],
            ("记者张枨", &["张枨"], &[], Some("10月23日"), 0),
        );
        // A news site's own dateline, its reporters after their outlet.
        check(
            &[(
                "本网讯(内蒙古日报社融媒体记者 魏那 王塔娜)8月12日上午,赤峰市启动沙地歼灭战。",
                1,
            )],
            (
                "内蒙古日报社融媒体记者 魏那 王塔娜",
                &["魏那", "王塔娜"],
                &[],
                None,
                0,
            ),
        );
    }

    #[test]
    fn a_dateline_without_an_outlet_needs_a_date_and_a_reporter() {
        check(
            &[(
                "鄂尔多斯8月8日电(记者 李爱平)康巴什区绿化覆盖率达42.65%。",
                1,
            )],
            ("记者 李爱平", &["李爱平"], &[], Some("8月8日"), 0),
        );
        // Test page 73: names alone in the brackets, apart or run
        // together (which no one can split).
        check(
            &[(
                "阿拉善9月10日电 (乌瑶 包秀文)10日,记者从阿拉善盟宣传部获悉。",
                1,
            )],
            ("乌瑶 包秀文", &["乌瑶", "包秀文"], &[], Some("9月10日"), 0),
        );
        check(
            &[(
                "阿拉善9月10日电 (乌瑶包秀文曹颖)10日,记者从阿拉善盟宣传部获悉。",
                1,
            )],
            ("乌瑶包秀文曹颖", &[], &[], Some("9月10日"), 0),
        );
        let plain = [block("鄂尔多斯8月8日电力供应平稳,全市用电量创新高。", 1)];
        assert_eq!(read(&plain), (Byline::default(), 0, None));
    }

    #[test]
    fn an_author_closing_the_story_is_read() {
        let last = "其中风电装机容量489.5万千瓦,占20%。(通拉嘎)";
        let (names, at) = closing(last).expect("an author");
        assert_eq!(names, ["通拉嘎"]);
        assert_eq!(&last[..at], "其中风电装机容量489.5万千瓦,占20%。");
        assert_eq!(closing("（记者 王磊 李娜）").map(|c| c.0), None);
        assert_eq!(
            closing("他说。（记者 王磊 李娜）").map(|c| c.0),
            Some(vec!["王磊".to_string(), "李娜".to_string()])
        );
        // Who wrote the text and took the photos.
        assert_eq!(
            closing("笑容。(文/图 李洋洋)").map(|c| c.0),
            Some(vec!["李洋洋".to_string()])
        );
        assert_eq!(
            closing("圆满完成。(通辽机场:丁宇欣)").map(|c| c.0),
            Some(vec!["丁宇欣".to_string()])
        );
        // Test page 75: two of them, and 报道 after them.
        assert_eq!(
            closing("整体水平。(内蒙古机场集团:樊璐 高翔报道)").map(|c| c.0),
            Some(vec!["樊璐".to_string(), "高翔".to_string()])
        );
        // A correspondent after the reporter, and a name of five.
        assert_eq!(
            closing("增质升。(记者 巴依斯古楞 通讯员 梁晓虹)").map(|c| c.0),
            Some(vec!["巴依斯古楞".to_string()])
        );
        // Test page 72: the paper's mark and its reporters, where they
        // report from, run on after the last sentence.
        let last = "也为收藏品。■本报记者 郭建丽、实习记者 图们 内蒙古报道";
        let (names, at) = closing(last).expect("reporters");
        assert_eq!(names, ["郭建丽", "图们"]);
        assert_eq!(&last[..at], "也为收藏品。");
        // A note in brackets that names no one, or no bracket at the end.
        assert_eq!(closing("薛明武(左二)正在讲解。"), None);
    }

    #[test]
    fn a_reporter_credited_on_a_line_of_its_own_closes_the_story() {
        assert_eq!(
            closing_line("(总台记者 于文波)"),
            Some(vec!["于文波".to_string()])
        );
        assert_eq!(
            closing_line("（记者 张玮 李爱平）"),
            Some(vec!["张玮".to_string(), "李爱平".to_string()])
        );
        // Brackets that name no reporter are no credit.
        assert_eq!(closing_line("(资料图)"), None);
        assert_eq!(closing_line("(图片来源:网络)"), None);
    }

    #[test]
    fn a_caption_is_its_description_and_its_credit() {
        for (caption, body) in [
            (
                "液体菌种在振荡器上培养。内蒙古日报•草原全媒记者 黄燕飞 摄",
                "液体菌种在振荡器上培养",
            ),
            ("图为护边员嘎达准备出发。 张鼎晖 摄", "护边员嘎达准备出发"),
            ("游客乘坐游轮观鸟。(记者 张楚研 摄)", "游客乘坐游轮观鸟"),
            (
                "乌伊汗为宠物狗拍摄短视频(摄影:勿日汗)",
                "乌伊汗为宠物狗拍摄短视频",
            ),
            (
                "讲解注意事项。图片由兴安盟科右前旗融媒体中心提供。",
                "讲解注意事项",
            ),
            ("本报记者 张玮 摄", ""),
            ("满洲里红色展览馆。王化勇摄/光明图片", "满洲里红色展览馆"),
            (
                "▲在锡林郭勒大草原上,随处可见奶牛群。奶业已成为当地富民大产业。图/郭鹏",
                "▲在锡林郭勒大草原上,随处可见奶牛群。奶业已成为当地富民大产业",
            ),
        ] {
            let (got, _) = split_caption(caption).expect(caption);
            assert_eq!(got, body, "{caption}");
        }
    }

    #[test]
    fn captions_credit_their_photographers() {
        for (caption, name) in [
            (
                "液体菌种在振荡器上培养。内蒙古日报•草原全媒记者 黄燕飞 摄",
                Some("黄燕飞"),
            ),
            (
                "兴安土特产赤松茸酱产品。内蒙古日报•草原全媒记者 呼布琴 摄",
                Some("呼布琴"),
            ),
            ("图为入夏以来的康巴什区景致。 李欢倪供图", Some("李欢倪")),
            (
                "讲解注意事项。图片由兴安盟科右前旗融媒体中心提供。",
                Some("兴安盟科右前旗融媒体中心"),
            ),
            ("本报记者 张玮 摄", Some("张玮")),
            ("游客乘坐游轮观鸟。(记者 张楚研 摄)", Some("张楚研")),
            (
                "周海燕(右一)正在指导学员制作手工艺品。(乌兰浩特市委宣传部供图)",
                Some("乌兰浩特市委宣传部"),
            ),
            ("乌伊汗为宠物狗拍摄短视频(摄影:勿日汗)", Some("勿日汗")),
            ("民警在国门第一岗执勤 摄影/安吉拉", Some("安吉拉")),
            (
                "深入车间采访拍摄,记录产业崛起的强劲脉搏(央广网发 王劭凯 摄)",
                Some("王劭凯"),
            ),
            // (记者 with no space before the name: not 者徐剑桥.)
            (
                "牧民郭瑞坚持把100多只羊拉出来活动筋骨。南方日报记者徐剑桥摄",
                Some("徐剑桥"),
            ),
            // Test page 61: a correspondent's credit, and an outlet's
            // name after the credit.
            (
                "乌拉特后旗西补隆林业管护中心工人们在风沙中栽种八棱海棠经济林。(通讯员 张鼎晖摄)",
                Some("张鼎晖"),
            ),
            ("满洲里红色展览馆。王化勇摄/光明图片", Some("王化勇")),
            ("牧民在草场上放牧。", None),
        ] {
            assert_eq!(credit(caption).as_deref(), name, "{caption}");
        }
    }

    #[test]
    fn a_series_line_over_the_byline_is_not_the_storys() {
        // Test page 61.
        let blocks = [
            block("“弘扬库布其精神 圆梦绿色乌海”系列报道之一", 1),
            block("本报记者 颜慧", 2),
            block("乌海地处乌兰布和沙漠、库布其沙漠和毛乌素沙地包围之中。", 2),
        ];
        let (b, used, rest) = read(&blocks);
        assert_eq!(b.reporters, ["颜慧"]);
        assert_eq!(used, 2);
        assert_eq!(rest, None);
    }

    #[test]
    fn a_dateline_is_cut_from_its_paragraph() {
        let blocks = [block(
            "本报巴彦淖尔10月8日电(记者 薛来)10月7日,工人正在采收玉米。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.place.as_deref(), Some("巴彦淖尔"));
        assert_eq!(rest.as_deref(), Some("10月7日,工人正在采收玉米。"));
    }

    #[test]
    fn a_dateline_of_a_news_site_says_xiaoxi() {
        let blocks = [block(
            "央广网呼和浩特5月15日消息（记者刘欣荣）5月14日，“媒体看青城”活动举行。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.reporters, ["刘欣荣"]);
        // The outlet stays with the byline: readers ask for 那条央广网消息.
        assert_eq!(b.text.as_deref(), Some("央广网 记者刘欣荣"));
        assert_eq!(b.place.as_deref(), Some("呼和浩特"));
        assert_eq!(b.date.as_deref(), Some("5月15日"));
        assert_eq!(rest.as_deref(), Some("5月14日，“媒体看青城”活动举行。"));
        // Test page 69: 专电, a dispatch of the agency's own.
        let blocks = [block(
            "新华社呼和浩特5月22日专电 (记者 李云平)经过中国、蒙古国双方共同努力,中蒙边境一日游线路近日正式恢复。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.reporters, ["李云平"]);
        assert_eq!(b.date.as_deref(), Some("5月22日"));
        assert!(rest.is_some_and(|r| r.starts_with("经过")));
        // An outlet no list holds, named as sites and papers are.
        // Test page 61: a site's dateline with the year, and a colon.
        let blocks = [block(
            "国际空港信息网2013年8月8日消息:2013年8月7日14:47,一架客机顺利在二连浩特机场降落。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.date.as_deref(), Some("2013年8月8日"));
        assert_eq!(
            rest.as_deref(),
            Some("2013年8月7日14:47,一架客机顺利在二连浩特机场降落。")
        );
        let blocks = [block(
            "中广网呼和浩特10月9日消息 10月7日,来自深圳的私企老板购得一块戈壁奇石。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.place.as_deref(), Some("呼和浩特"));
        assert_eq!(b.date.as_deref(), Some("10月9日"));
        assert_eq!(
            rest.as_deref(),
            Some("10月7日,来自深圳的私企老板购得一块戈壁奇石。")
        );
    }

    #[test]
    fn a_dateline_may_name_its_reporters_up_to_a_colon() {
        let blocks = [block(
            "本报讯 记者陈力 齐慧报道:8月3日上午10时18分,内蒙古首列高铁驶出呼和浩特东火车站。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.reporters, ["陈力", "齐慧"]);
        assert_eq!(b.text.as_deref(), Some("记者陈力 齐慧"));
        assert_eq!(
            rest.as_deref(),
            Some("8月3日上午10时18分,内蒙古首列高铁驶出呼和浩特东火车站。")
        );
        // (北方新报 prints its own as 新报讯.)
        let blocks = [block(
            "新报讯（北方新报正北方网记者段丽萍） 12月22日，内蒙古国际蒙医医院扩建项目开工奠基仪式举行。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.reporters, ["段丽萍"]);
        assert_eq!(b.text.as_deref(), Some("北方新报正北方网记者段丽萍"));
        assert_eq!(
            rest.as_deref(),
            Some("12月22日，内蒙古国际蒙医医院扩建项目开工奠基仪式举行。")
        );
        // (【香港商报讯】王一伟 蔡文勇报道: the names up to 报道.)
        let blocks = [block(
            "【香港商报讯】王一伟 蔡文勇报道:第十一届北方科技博览会6日在满洲里落下帷幕。",
            1,
        )];
        let (b, _, rest) = read(&blocks);
        assert_eq!(b.reporters, ["王一伟", "蔡文勇"]);
        assert_eq!(
            rest.as_deref(),
            Some("第十一届北方科技博览会6日在满洲里落下帷幕。")
        );
        // (A short kicker over the dateline is no part of the story.)
        let blocks = [
            block("开工奠基", 1),
            block(
                "新报讯(北方新报正北方网记者 段丽萍) 12月22日,扩建项目开工。",
                3,
            ),
        ];
        let (b, used, rest) = read(&blocks);
        assert_eq!(
            (b.reporters.as_slice(), used),
            (&["段丽萍".to_string()][..], 1)
        );
        assert_eq!(rest.as_deref(), Some("12月22日,扩建项目开工。"));
        // (Nor is a longer title that says no sentence; it is the story's
        // own.)
        let blocks = [
            block("恐龙家族添“新丁”:内蒙古发现窃蛋龙类恐龙新类群", 1),
            block(
                "中新网呼和浩特11月29日电 (记者 陈峰)29日,在新闻发布会上,白慧君公布。",
                3,
            ),
        ];
        let (b, used, rest) = read(&blocks);
        assert_eq!(
            (b.reporters.as_slice(), used),
            (&["陈峰".to_string()][..], 1)
        );
        assert_eq!(
            b.title.as_deref(),
            Some("恐龙家族添“新丁”:内蒙古发现窃蛋龙类恐龙新类群")
        );
        assert_eq!(rest.as_deref(), Some("29日,在新闻发布会上,白慧君公布。"));
        // (A feature's title after its dateline, its authors on the next
        // line: neither is part of the story.)
        for (authors, reporters) in [
            ("作者 奥蓝", vec!["奥蓝".to_string()]),
            ("中新网记者 李爱平", vec!["李爱平".to_string()]),
        ] {
            let blocks = [
                block(
                    "中新网乌兰察布10月7日电 题:年产千万件,中老年棉服带塞北小城富民40年",
                    1,
                ),
                block(authors, 3),
                block("这个国庆节假期,化德县当地民众如往年一样繁忙。", 5),
            ];
            let (b, used, rest) = read(&blocks);
            assert_eq!((b.reporters.clone(), used, rest), (reporters, 2, None));
            assert_eq!(b.date.as_deref(), Some("10月7日"));
        }
        // (A space after the outlet, as some sites print it, and two
        // authors.)
        let blocks = [
            block(
                "中新网 二连浩特6月21日电 题:中蒙最大陆路口岸城市:蒙古国客商夏日业务忙",
                1,
            ),
            block("作者 奥蓝 张伟", 3),
            block("“人明显多了好多,我们更忙了。”", 5),
        ];
        let (b, used, rest) = read(&blocks);
        assert_eq!(
            (b.reporters.clone(), used, rest),
            (vec!["奥蓝".to_string(), "张伟".to_string()], 2, None)
        );
        assert_eq!(b.date.as_deref(), Some("6月21日"));
        assert_eq!(
            b.title.as_deref(),
            Some("中蒙最大陆路口岸城市:蒙古国客商夏日业务忙")
        );
        // (The agency's reporters with no space after 记者, on the line
        // right under the title.)
        // (The page joins that line to the title.)
        let blocks = [
            block(
                "新华社呼和浩特6月13日电 题:内蒙古阿鲁科尔沁旗:一棵草开启产业发展之路新华社记者王春燕、彭源",
                1,
            ),
            block("驱车行驶在内蒙古赤峰市阿鲁科尔沁旗草业核心区的路上。", 1),
        ];
        let (b, used, rest) = read(&blocks);
        assert_eq!(
            (b.reporters.clone(), used, rest),
            (vec!["王春燕".to_string(), "彭源".to_string()], 1, None)
        );
        assert_eq!(
            b.title.as_deref(),
            Some("内蒙古阿鲁科尔沁旗:一棵草开启产业发展之路")
        );
        // (Test page 71: a dateline with no outlet, its title and its
        // reporter all run into the first paragraph.)
        let blocks = [block(
            "二连浩特8月11日电 题:内蒙古二连浩特的风,照亮京津冀千家万户 记者李爱平 「一年刮两次,一次刮半年。」以多风著称的二连浩特市,正在借风发电。",
            1,
        )];
        let (b, used, rest) = read(&blocks);
        assert_eq!((b.reporters.clone(), used), (vec!["李爱平".to_string()], 0));
        assert_eq!(b.date.as_deref(), Some("8月11日"));
        assert_eq!(
            b.title.as_deref(),
            Some("内蒙古二连浩特的风,照亮京津冀千家万户")
        );
        assert_eq!(
            rest.as_deref(),
            Some("「一年刮两次,一次刮半年。」以多风著称的二连浩特市,正在借风发电。")
        );
        // (A site's credit of its correspondent, after a space, is no
        // dateline of a place 通.)
        let blocks = [block(
            "中国民航网 通讯员姚彬 报道:2024年,乌海机场运输生产保持快速发展的良好态势。",
            1,
        )];
        let (b, used, _) = read(&blocks);
        assert_eq!((b.place.clone(), used), (None, 0));
        // (A lead that only says 记者 later is no byline of its own.)
        let blocks = [block("本报讯 7日上午，记者从市政府获悉：全市已开工。", 1)];
        let (b, _, _) = read(&blocks);
        assert!(b.reporters.is_empty());
    }

    #[test]
    fn a_site_that_prints_its_address_in_its_dateline() {
        // Test page 63: 中国马铃薯网(www.malingshu7.com)讯 opens the text.
        let blocks = [block(
            "中国马铃薯网(www.malingshu7.com)讯 “中国蔬菜丰盛了蒙古国人的餐桌。”毕德日雅说。",
            1,
        )];
        let (b, used, lead) = read(&blocks);
        assert_eq!((b.text.as_deref(), used), (Some("中国马铃薯网"), 0));
        assert_eq!(
            lead.as_deref(),
            Some("“中国蔬菜丰盛了蒙古国人的餐桌。”毕德日雅说。")
        );
    }

    #[test]
    fn a_line_dating_the_story_over_its_byline_gives_the_date() {
        check(
            &[
                ("2019-09-24 经济参考报", 1),
                ("记者 丁铭 魏婧宇/满洲里报道", 1),
                ("正文。", 1),
            ],
            (
                "记者 丁铭 魏婧宇/满洲里报道",
                &["丁铭", "魏婧宇"],
                &[],
                Some("2019-09-24"),
                2,
            ),
        );
        check(
            &[
                ("2006年08月05日 经济观察报", 1),
                ("本报记者 侯莹 内蒙古报道", 1),
            ],
            (
                "本报记者 侯莹 内蒙古报道",
                &["侯莹"],
                &[],
                Some("2006年08月05日"),
                2,
            ),
        );
        // (A source line: the outlet, then the date.)
        let blocks = [
            block("来源:呼伦贝尔日报 2023年04月17日", 1),
            block("4月12日,俄罗斯伊尔航空IO879航班降落至满洲里西郊机场。", 1),
        ];
        let (b, used, _) = read(&blocks);
        assert_eq!((b.date.as_deref(), used), (Some("2023年04月17日"), 1));
        // With no byline under it, the line is still no part of the story.
        let blocks = [
            block("发布日期:2023-11-16", 1),
            block("这两天,牧民开始收骆驼。", 1),
        ];
        let (b, used, lead) = read(&blocks);
        assert_eq!(
            (b.date.as_deref(), used, lead),
            (Some("2023-11-16"), 1, None)
        );
        // Test page 72: a dateline with no year under the site's date of
        // the next day, which gives the year; and one of the last days of
        // the year before the site's.
        for (site, dateline, year) in [
            (
                "http://www.sina.com.cn  2009年07月23日11:05  中国广播网",
                "7月22日",
                "2009年7月22日",
            ),
            ("2024-01-02 10:00", "12月31日", "2023年12月31日"),
        ] {
            let blocks = [
                block(site, 1),
                block(
                    &format!("中广网呼和浩特{dateline}消息(记者陈青平)当日,机场共保障航班42架次。"),
                    1,
                ),
            ];
            assert_eq!(read(&blocks).0.date.as_deref(), Some(year), "{site}");
        }
        // A sentence that opens with a date is the story's.
        let blocks = [
            block("2023年11月16日,牧民开始收骆驼。", 1),
            block("正文。", 1),
        ];
        assert_eq!(read(&blocks).1, 0);
    }

    #[test]
    fn a_site_line_dates_the_story_and_names_its_author() {
        // Test page 47: the lines sites print over and under a story.
        let site = |date: Option<&str>, authors: &[&str], outlet: Option<&str>| SiteLine {
            date: date.map(str::to_string),
            authors: authors.iter().map(|a| a.to_string()).collect(),
            outlet: outlet.map(str::to_string),
            ..SiteLine::default()
        };
        let cases = [
            // (Test page 76: a section, the date and time, a region.)
            (
                "政务   2024-11-24 09:01   内蒙古",
                site(Some("2024-11-24"), &[], None),
            ),
            (
                "2021年05月17日 15:01  |  作者:邓佳  |  来源:中国环境报",
                site(Some("2021年05月17日"), &["邓佳"], Some("中国环境报")),
            ),
            (
                "来源:中新网 责任编辑:何宇 2021-02-02 17:02:54",
                site(Some("2021-02-02"), &[], Some("中新网")),
            ),
            (
                "【亚太旅游网】 时间:2011-06-08 来源:本站整理",
                site(Some("2011-06-08"), &[], Some("亚太旅游网")),
            ),
            (
                "本文来源: 内蒙古新闻网 20.09.2016 08:06",
                site(Some("2016-09-20"), &[], Some("内蒙古新闻网")),
            ),
            (
                "来源:中国产业经济信息网 时间:2020-11-30",
                site(Some("2020-11-30"), &[], Some("中国产业经济信息网")),
            ),
            (
                "您当前的位置 : 内蒙古新闻网 > 新闻中心 > 盟市新闻 > 乌兰察布",
                site(None, &[], None),
            ),
            ("[责任编辑 吴钰 ]", site(None, &[], None)),
            // Test page 71: an author unknown; a source given as a code.
            (
                "发布时间:2024-08-18 作者:佚名 来源:内蒙古自治区政府",
                site(Some("2024-08-18"), &[], Some("内蒙古自治区政府")),
            ),
            (
                "发布时间:2024-11-05 08:34:01 来源: sp20241105",
                site(Some("2024-11-05"), &[], None),
            ),
            // Test page 71: the link to where the story was first posted.
            (
                "原文链接:https://www.nmg.gov.cn/zwyw/gzdt/msdt/202408/t20240814_2557867.html",
                site(None, &[], None),
            ),
            ("https://www.example.cn/a/1.html", site(None, &[], None)),
            // Test page 71: a breadcrumb of one step.
            ("当前所在:网站首页> 舆情监督", site(None, &[], None)),
            // Test page 68: a breadcrumb that ends in its separator.
            ("呼伦贝尔>媒体聚焦>", site(None, &[], None)),
            // Test page 75: from the home page to the story's own title;
            // fields left empty, with the next field's name after them.
            (
                "首页>行业新闻>中蒙最大陆路口岸——二连浩特口岸首次进口熟牛羊肉675吨",
                site(None, &[], None),
            ),
            (
                "发布日期:2018-3-22  类型:免费文章  作者:  来源:   点击 1723",
                site(Some("2018-3-22"), &[], None),
            ),
            // Test page 67: an e-paper's buttons.
            ("往期阅读", site(None, &[], None)),
            ("放大 缩小 默认", site(None, &[], None)),
            // Test page 75: a login box's tabs between a breadcrumb and the
            // site's title.
            ("个人 企业", site(None, &[], None)),
            // Test page 58: a section and 正文 over the story.
            ("中新社内蒙古分社 • 正文", site(None, &[], None)),
            ("中新社内蒙古分社 • 正文盟市动态", site(None, &[], None)),
            // Test page 59: a site's prompt among the photos.
            ("打开网易新闻 查看更多图片", site(None, &[], None)),
            ("打开网易新闻 查看精彩图片", site(None, &[], None)),
            (
                "2019-09-24 经济参考报",
                site(Some("2019-09-24"), &[], Some("经济参考报")),
            ),
            // Test pages 50 and 51: a paper's name over its date, the
            // credits under a story.
            (
                "乌兰察布日报 2019-04-09 00:00:00",
                site(Some("2019-04-09"), &[], Some("乌兰察布日报")),
            ),
            ("记者李辰 通讯员戎新萍", site(None, &["李辰"], None)),
            // Test page 60: an editor known by a number, empty fields.
            (
                "2010-4-20 5:06:00 来源:网络 编辑:56885 关注度:摘要:... ...",
                site(Some("2010-4-20"), &[], None),
            ),
            // Test page 61: an author's name over the time of posting;
            // two authors after one 作者, apart by a space.
            (
                "余健 2025-05-01 11:52:30",
                site(Some("2025-05-01"), &["余健"], None),
            ),
            (
                "2013-08-08 作者:龚玥 王飞 来源:国际空港信息网",
                site(
                    Some("2013-08-08"),
                    &["龚玥", "王飞"],
                    Some("国际空港信息网"),
                ),
            ),
            (
                "记者:王磊编辑:王婷校对:刘曼容审核:陈焕坤监制:陈东升终审:张海滨",
                site(None, &["王磊"], None),
            ),
            // Test page 65: the site's buttons (转发 列印), counts of
            // readers and comments, a reader count run into the time, and
            // 记者 standing where no name was filled in.
            (
                "2013-12-19 14:22 来源:国际商报 字号:       转发 列印",
                site(Some("2013-12-19"), &[], Some("国际商报")),
            ),
            (
                "发布时间:2016-11-26 17:13:47   来源: 用户投稿  采编:    阅读:(172)  评论:0   赞:0",
                site(Some("2016-11-26"), &[], None),
            ),
            (
                "2019-06-17 21:4111810人民网",
                site(Some("2019-06-17"), &[], Some("人民网")),
            ),
            (
                "点击:  作者:记者    来源:腾讯新闻  发布时间:2016-04-22 11:37:10",
                site(Some("2016-04-22"), &[], Some("腾讯新闻")),
            ),
            // Test page 67: the e-paper's page and its buttons.
            ("当前版: 01版 上一版  下一版", site(None, &[], None)),
            ("上一篇    下一篇", site(None, &[], None)),
            ("放大 缩小 默认", site(None, &[], None)),
            // Test page 66: the date run into the outlet.
            (
                "来源:光明网2024-07-05 14:41",
                site(Some("2024-07-05"), &[], Some("光明网")),
            ),
            // Test page 72: an old site's search box, menus, buttons, skip
            // links and footer; the weekday after a date; the site's
            // address before its date and outlet; a year in two digits.
            ("检索: 帐户 密码", site(None, &[], None)),
            (
                "文汇网首页 | 检索 | 加入最爱 | 本报PDF版 | | 简体 ",
                site(None, &[], Some("文汇网")),
            ),
            (
                "首页 时政新闻 经济新闻 科教文卫 农牧新闻 社会民生 综合新闻 本网专题 理论评论 人物 ",
                site(None, &[], None),
            ),
            (
                "2015年2月28日 星期六",
                site(Some("2015年2月28日"), &[], None),
            ),
            (
                " 您的位置: 文汇首页 >> 神州大地 >> 正文",
                site(None, &[], None),
            ),
            ("【打印】 【投稿】 【推荐】 【关闭】", site(None, &[], None)),
            ("放大图片", site(None, &[], None)),
            ("跳转到路径导航栏", site(None, &[], None)),
            ("跳转到正文内容", site(None, &[], None)),
            (
                "http://www.sina.com.cn  2009年07月23日11:05  中国广播网",
                site(Some("2009年07月23日"), &[], Some("中国广播网")),
            ),
            (
                "内蒙古新闻网  17-07-04 09:56 打印本页 来源:北方新报 ",
                site(Some("2017-07-04"), &[], Some("北方新报")),
            ),
            ("Powered By Google", site(None, &[], None)),
            (
                "新浪简介About Sina广告服务联系我们招聘信息网站律师SINA English会员注册产品答疑┊Copyright © 1996-2009 SINA Corporation, All Rights Reserved",
                site(None, &[], None),
            ),
            ("新浪公司 版权所有", site(None, &[], None)),
            ("内蒙古新闻网版权与免责声明:", site(None, &[], None)),
            (
                "凡本网注明“来源:内蒙古新闻网”的所有作品,版权均属于 内蒙古新闻网,未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
                site(None, &[], None),
            ),
            (
                "扫描左侧二维码下载内蒙古客户端,关注更多内蒙古更全、更新的新闻资讯。扫描右侧二维码或搜索内蒙古日报(或直接输入neimengguribao)关注内蒙古日报官方微信。",
                site(None, &[], None),
            ),
            ("相关新闻", site(None, &[], None)),
            // Test page 73.
            ("相关文章", site(None, &[], None)),
            ("友情链接", site(None, &[], None)),
            (
                "沪小学创意开学 「作业免做券」受欢迎 (2015-02-28) (图)",
                site(None, &[], None),
            ),
            (
                "河南残疾「励志哥」30年坚持文学创作 (2015-02-28)",
                site(None, &[], None),
            ),
            (
                "【喜迎二十大| 种好“塞外粮” 丰盛“中国碗”】#兴安盟# #农业# #丰收#",
                site(None, &[], None),
            ),
            // Test page 71: a government site's table of the document's
            // particulars.
            (
                "| 发文机构:锡林浩特市 | 信息分类:重大建设项目 \\ | ||",
                site(None, &[], None),
            ),
            (
                "| 成文日期:2025-09-30 00:00:00 | 公开日期:2025-09-30 16:40:22 | 废止日期:——— | 有 效 性:有效 |",
                site(Some("2025-09-30"), &[], None),
            ),
            // Test page 48: a year before the month and day with a slash.
            ("2025 01/11 22:32:07", site(Some("2025-01-11"), &[], None)),
            // Test page 72: parts apart by 丨.
            (
                "发布时间:2018-08-16 16:33:22丨来源:中国网草原频道丨作者:苏文彦丨责任编辑:苏文彦",
                site(Some("2018-08-16"), &["苏文彦"], Some("中国网草原频道")),
            ),
        ];
        assert_eq!(
            site_line("| 标题: 1-9月全市重点项目建设情况 | |||").and_then(|s| s.title),
            Some("1-9月全市重点项目建设情况".to_string())
        );
        assert_eq!(
            site_line("原标题:凉城县第三产业发展势头强").and_then(|s| s.title),
            Some("凉城县第三产业发展势头强".to_string())
        );
        for (line, expected) in cases {
            // (Editors apart: see below.)
            let got = site_line(line).map(|s| SiteLine {
                editors: Vec::new(),
                ..s
            });
            assert_eq!(got, Some(expected), "{line}");
        }
        // Who edited the story, by the role a site gives them.
        for (line, editors) in [
            (
                "发布时间:2022-01-07 13:50:00丨来源:中国网草原频道丨作者:丨责任编辑:苏文彦",
                &["责任编辑 苏文彦"][..],
            ),
            ("[责任编辑 哈丽琴]", &["责任编辑 哈丽琴"]),
            // (Only those who edit: not who checks or oversees.)
            (
                "记者:王磊编辑:王婷校对:刘曼容审核:陈焕坤监制:陈东升",
                &["编辑 王婷"],
            ),
        ] {
            assert_eq!(
                site_line(line).map(|s| s.editors),
                Some(editors.iter().map(|e| e.to_string()).collect()),
                "{line}"
            );
        }
        // The story's own lines are not a site's.
        for line in [
            "2023年11月16日,牧民开始收骆驼。",
            "来源:广东、江苏等地。",
            "截至2021年1月27日,二连浩特口岸累计接运出入境中欧班列6001列。",
            "经济参考报",
            "乌兰察布",
            "记者走访了三个村",
            "乌兰察布日报社记者走访",
            // (A story's words on its own copyright, a list of its own.)
            "巴林石的版权保护工作受到重视。",
            "草原 森林 湿地 沙漠",
            "2015年,全市接待游客1200万人次 (同比增长12%)",
        ] {
            assert_eq!(site_line(line), None, "{line}");
        }
    }

    #[test]
    fn the_issue_printed_in_under_the_byline_dates_the_story() {
        // Test page 44: a name of two set spaced apart, and the paper's
        // issue on the line under it.
        check(
            &[
                ("本报记者 尹 婕", 1),
                ("《 人民日报海外版 》( 2019年01月02日   第 12 版)", 1),
                ("赛车在3.7公里长的冰面赛道上飞驰。", 1),
            ],
            (
                "本报记者 尹 婕 《人民日报海外版》第12版",
                &["尹婕"],
                &[],
                Some("2019年01月02日"),
                2,
            ),
        );
        // (Two names of two each stay two.)
        check(
            &[("记者 王靖 王雪冰", 1), ("正文。", 1)],
            ("记者 王靖 王雪冰", &["王靖", "王雪冰"], &[], None, 1),
        );
    }

    #[test]
    fn a_source_named_at_the_end() {
        assert_eq!(
            source("全年在建稀土项目48个,总投资(文章来源:上海证券报·中国证券网)"),
            Some(("上海证券报·中国证券网".to_string(), 39))
        );
        assert_eq!(
            source("信息来源:阿右旗融媒体中心"),
            Some(("阿右旗融媒体中心".to_string(), 0))
        );
        // (A sentence that tells where something comes from is no source.)
        assert_eq!(source("游客来源:广东、江苏等地。"), None);
        assert_eq!(source("来源:广东、江苏等地。"), None);
    }

    #[test]
    fn a_story_without_a_byline() {
        let blocks = [block("兴和县鄂尔栋镇一带,光伏板顺着地势铺开。", 1)];
        assert_eq!(read(&blocks), (Byline::default(), 0, None));
    }
}
