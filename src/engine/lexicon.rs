//! Question words: what sort of answer a question asks for.
//!
//! These are words of the language, not of the stories, so they live in code
//! rather than in `knowledge/`.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use smallvec::SmallVec;

use crate::knowledge::FactKind;
use crate::text::is_content_char;

/// What a question asks for, from its question words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Intent {
    /// 多少, 几个: a number.
    pub count: bool,
    /// 哪年, 什么时候: a date or year.
    pub when: bool,
    /// 谁, 哪位: a person.
    pub who: bool,
    /// 怎么, 如何: a way or reason.
    pub how: bool,
    /// 哪些, 哪个, 什么: a thing or list.
    pub which: bool,
    /// 新闻, 介绍: an overview.
    pub news: bool,
    /// 记者, 谁写的: the source of a story.
    pub source: bool,
    /// 你好: a greeting.
    pub greeting: bool,
    /// 你能干什么: what the bot can do.
    pub help: bool,
    /// 吗, 能不能, 远不远: a yes-or-no question.
    pub yesno: bool,
    /// 多长, 占地多大, 几头: the unit asked for.
    pub measure: super::measure::Measure,
}

const COUNT: &[&str] = &[
    "多少",
    // 有百分之多少是森林: a share, asked whole.
    "百分之多少",
    "百分之几",
    "几个",
    "几家",
    "几所",
    "几次",
    "几项",
    "几名",
    "几人",
    "几天",
    "几成",
    "几场",
    "几门",
    "几万",
    "数量",
    "规模",
    // (总盘子有多大: the whole of it, said as a plate.)
    "总盘子",
    "总量",
    "比例",
    "占比",
    "多大",
    "多高",
    "多长",
    "多宽",
    "长度",
    "宽度",
    "多远",
    "多重",
    "多久",
    "几",
    "金额",
    "总额",
    // 铜精矿现在什么价: a price, in money.
    "什么价",
    "啥价",
    // 一共拨了一亿六千多万，准确数是多少: the figure as printed.
    "准确数字",
    "具体数字",
    "确切数字",
    "准确数",
    "具体数",
    "确切数",
    "准数",
    "多大年纪",
    "多大岁数",
    "年纪多大",
    "岁数多大",
];
const WHEN: &[&str] = &[
    "哪年",
    "哪一年",
    "什么时候",
    "几时",
    "何时",
    "几月",
    "哪天",
    "哪一天",
    // (哪几天装的: which days, not how many.)
    "哪几天",
    "年份",
    "多久",
    "几号",
    "啥时候",
    "时间",
    "日期",
    "几年",
];
/// (做什么工作, 什么人: who a person is, by role or trade. Not 做什么的:
/// 关尔农业是做什么的 asks what a firm does.)
const WHO: &[&str] = &[
    "谁",
    "哪位",
    "名字",
    "叫什么",
    "是哪个人",
    "什么人",
    "做什么工作",
    "干什么工作",
    "什么职务",
    "什么身份",
    "什么职位",
    "啥职务",
    "啥身份",
    "啥职位",
    // (王红在草莓基地是什么岗位: 生产班长.)
    "什么岗位",
    "啥岗位",
    // (王新双在心连心项目里是什么角色: 负责人.)
    "什么角色",
    "啥角色",
];
const HOW: &[&str] = &[
    "怎么",
    "如何",
    "怎样",
    "为什么",
    "为啥",
    "咋",
    "办法",
    "方式",
    "做法",
];
const WHICH: &[&str] = &[
    "什么样",
    "啥样",
    "哪些",
    "哪个",
    "哪家",
    "哪所",
    "哪几",
    // 是哪四个, 哪两家: which ones of a count said.
    "哪两",
    "哪三",
    "哪四",
    "哪五",
    "哪六",
    // 哪片草原, 哪座城市, 哪种品种: 哪 with a measure word.
    "哪片",
    "哪座",
    "哪条",
    "哪种",
    "哪块",
    "哪项",
    "哪类",
    // 哪一项金额最大, 哪一家: which one, 一 before the measure word.
    "哪一项",
    "哪一个",
    "哪一家",
    "哪一种",
    "哪一类",
    "哪一所",
    "哪一座",
    "哪一条",
    "哪款",
    "哪批",
    // 教哪门课, 学的哪门手艺: 门 counts courses and crafts.
    "哪门",
    "哪部",
    "哪支",
    "什么",
    "啥",
    "哪里",
    "哪儿",
    "在哪",
    // 铺在哪几个乡镇: which ones, not 在哪 and then a count (几个).
    "在哪几",
];
const NEWS: &[&str] = &[
    "新闻",
    "消息",
    "报道",
    "稿子",
    "稿件",
    "动态",
    "介绍",
    "讲讲",
    "说说",
    "聊聊",
    "怎么样",
    "情况",
    "最近",
    "有啥事",
    "发生了什么",
    "新鲜事",
    // 赤峰那边最近有啥动静, 根河最近有什么活动: what is going on there.
    "动静",
    "有什么活动",
    "有啥活动",
    "近况",
    "概况",
    "资讯",
];
const SOURCE: &[&str] = &[
    "记者",
    "谁写",
    "作者",
    "出处",
    "来源",
    "哪篇",
    "谁报道",
    "采写",
    "通讯员",
    "摄影",
];
/// Words that ask about the story as printed, never about a point of it:
/// its photos (照片是谁拍的, 图片是谁提供的), its date (这条消息是哪天发的),
/// its signature. They ask for the source too (a second list of
/// [`Class::Source`] in [`CLASSES`]).
const PRINT: &[&str] = &[
    "署名",
    // (那篇的责任编辑是谁, 谁编辑的: who edited it, as its byline says.)
    "责任编辑",
    "责编",
    "谁编辑",
    "编辑是谁",
    "谁拍",
    "摄影记者",
    "供图",
    "图片是谁",
    "照片是谁",
    // (哪天发的, 哪天发的电讯; not 哪天发车, 哪天发放: the news's own day.)
    "哪天发的",
    "哪天发表",
    "哪天发出",
    "哪天报道",
    "哪天登",
    "哪天刊",
    "几号发的",
    "几号发表",
    "什么时候发的",
    "什么时候报道的",
    // (消息是哪天发布的: the news's own day, as a site prints it; not
    // 成果是哪天发布的, which a point may tell.)
    "消息是哪天发布",
    "消息哪天发布",
    "消息是什么时候发布",
    "新闻是哪天发布",
    "报道是哪天发布",
    "稿子是哪天发布",
    // 这个消息是哪家媒体发的: the outlet that printed it, its byline's.
    "哪家媒体",
    "哪个媒体",
    "什么媒体",
    "哪家报纸",
    "哪份报纸",
    "哪个报纸",
    "什么报纸",
    "哪家网站",
    "哪个网站",
    // 那篇新闻标题是啥, 题目叫什么: the headline it ran under.
    "标题",
    "题目",
    // 登在第几版: the page of the issue, as the byline's line gives it.
    "第几版",
    "哪一版",
    "哪个版面",
];

/// Whether the question asks about the story as printed (its date, its
/// photos, its signature) rather than what it reports.
pub fn asks_of_print(normalized: &str) -> bool {
    PRINT.iter().any(|w| normalized.contains(w)) || dates_the_news(normalized)
}

/// Words for a piece of news, as readers name the story itself.
const NEWS_PIECES: &[&str] = &["消息", "报道", "新闻", "稿子", "电稿", "文章"];

/// 那条央广网消息是几月几号的, 这篇报道是哪天的: a date asked of the news
/// itself, its noun right before the question word (past 是) and nothing
/// after it but the news's own verbs (发的). (Not 消息是哪天公布的: the
/// day a body announced it, which a point may tell.)
fn dates_the_news(normalized: &str) -> bool {
    ["哪天", "几月几号", "几月几日", "几号", "哪一天"]
        .iter()
        .filter_map(|w| normalized.find(w).map(|at| (at, at + w.len())))
        .any(|(at, end)| {
            let before = &normalized[..at];
            let before = before.strip_suffix('是').unwrap_or(before);
            let after = normalized[end..].trim_end_matches(['啊', '呀', '呢', '吗', '啦']);
            NEWS_PIECES.iter().any(|n| before.ends_with(n))
                && [
                    "",
                    "的",
                    "发的",
                    "发表的",
                    "发出的",
                    "刊发的",
                    "刊登的",
                    "登的",
                ]
                .contains(&after)
        })
}
const GREETING: &[&str] = &[
    "你好",
    "您好",
    "hello",
    "hi",
    "在吗",
    "嗨",
    "哈喽",
    "早上好",
    "晚上好",
];
const HELP: &[&str] = &[
    "你能干什么",
    "你会什么",
    "你能做什么",
    "能干啥",
    "能做啥",
    "你是谁",
    "怎么用",
    "帮助",
    "功能",
    "你知道什么",
    "你都知道",
    "能回答什么",
    "能问什么",
    "可以问什么",
    "help",
];
const YESNO: &[&str] = &[
    "能不能",
    "是不是",
    "有没有",
    "会不会",
    "可不可以",
    "行不行",
    "好不好",
    "对不对",
];
/// Words that say nothing of what is asked: they are removed before looking
/// for content words.
const FILLER: &[&str] = &[
    // Words holding a question word that ask nothing: 好几年 (many years),
    // 十几年, 几乎 (almost), 几十个 (some tens: said, not asked).
    "好几",
    "十几",
    "几十",
    "几百",
    "几千",
    "几乎",
    "请问",
    "一下",
    "告诉",
    "知道",
    "想知道",
    "想问",
    "想了解",
    "了解",
    "现在",
    "目前",
    "如今",
    "今年",
    "去年",
    "那边",
    "这边",
    "那个",
    "这个",
    "这些",
    "那些",
    "大家",
    "听说",
    "具体",
    // (…帮了三千七百多人，准确是多少: the exact figure, after a guess.)
    "准确",
    "确切",
    "一共",
    "总共",
    "加起来",
    "境内",
    "加在一起",
    "合计",
    "到底",
    "究竟",
    // 是不是接待了上百万游客，实际是多少: the true figure, after a guess.
    "实际上",
    "实际是",
    "主要",
    // 转型重点打造: as 主要.
    "重点",
    "呢",
];
/// Words that name the whole region the bot covers, not a story of it.
const SCOPE: &[&str] = &[
    "内蒙古自治区",
    "内蒙古",
    "自治区",
    "全区",
    "各盟市",
    "盟市",
    "咱们这",
    "本地",
    "地方",
];

impl Intent {
    /// Reads the question words of a normalized question.
    pub fn of(normalized: &str) -> Intent {
        let mut found = [false; CLASSES.len()];
        for m in LEXICON.words.find_overlapping_iter(normalized) {
            found[LEXICON.class[m.pattern().as_usize()]] = true;
        }
        let class = |c: Class| found[c as usize];
        Intent {
            count: class(Class::Count),
            when: class(Class::When),
            who: class(Class::Who),
            how: class(Class::How),
            which: class(Class::Which),
            news: class(Class::News),
            source: class(Class::Source),
            greeting: GREETING
                .iter()
                .any(|w| normalized == *w || normalized.starts_with(w)),
            help: class(Class::Help),
            yesno: class(Class::YesNo)
                || normalized.ends_with('吗')
                || normalized.ends_with('么')
                || a_not_a(normalized),
            measure: super::measure::Measure::asked(normalized),
        }
    }

    /// Whether the question asks for something specific rather than a story.
    pub fn is_specific(&self) -> bool {
        self.count || self.when || self.who || self.how || self.which || self.yesno
    }

    /// How well a fact of `kind` fits the question words, from 0 to 1.
    pub fn fits(&self, kind: FactKind) -> f32 {
        match kind {
            FactKind::Year if self.when => 1.0,
            FactKind::Number if self.count => 1.0,
            FactKind::Person if self.who => 1.0,
            FactKind::Text if self.how || self.which => 0.5,
            FactKind::Year if self.count => 0.3,
            _ => 0.0,
        }
    }
}

/// 远不远, 安不安全: the A-不-A form of a yes-or-no question.
fn a_not_a(normalized: &str) -> bool {
    let mut it = normalized.chars();
    let (Some(mut a), Some(mut b)) = (it.next(), it.next()) else {
        return false;
    };
    for c in it {
        if b == '不' && a == c {
            return true;
        }
        (a, b) = (b, c);
    }
    false
}

/// The classes of function words, in the order of [`CLASSES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Count,
    When,
    Who,
    How,
    Which,
    News,
    Source,
    Greeting,
    Help,
    YesNo,
    Asking,
    Filler,
}

impl Class {
    /// Whether words of the class ask something (多少, 哪年, 请问).
    fn asks(self) -> bool {
        matches!(
            self,
            Class::Count
                | Class::When
                | Class::Who
                | Class::How
                | Class::Which
                | Class::YesNo
                | Class::Asking
        )
    }
}

/// Every list of function words with its class, in the order of [`Class`]
/// (which indexes it); a class's second list after them all.
const CLASSES: [(Class, &[&str]); 13] = [
    (Class::Count, COUNT),
    (Class::When, WHEN),
    (Class::Who, WHO),
    (Class::How, HOW),
    (Class::Which, WHICH),
    (Class::News, NEWS),
    (Class::Source, SOURCE),
    (Class::Greeting, GREETING),
    (Class::Help, HELP),
    (Class::YesNo, YESNO),
    (Class::Asking, ASKING),
    (Class::Filler, FILLER),
    (Class::Source, PRINT),
];

/// The function words in automata built once: reading a question's words is
/// one pass, not one search per word.
struct Lexicon {
    /// Every word, for finding (overlapping) and classifying.
    words: AhoCorasick,
    class: Vec<usize>,
    /// Every word, leftmost-longest, for removing (什么时候 before 什么).
    strip: AhoCorasick,
    /// The question words only, for masking.
    asking: AhoCorasick,
    /// The words for all of Inner Mongolia, leftmost-longest.
    scope: AhoCorasick,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut class = Vec::new();
    for (c, list) in CLASSES {
        for w in list {
            words.push(*w);
            class.push(c as usize);
        }
    }
    let asking: Vec<&str> = CLASSES
        .iter()
        .filter(|(c, _)| c.asks())
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    let build = |kind, patterns: &[&str]| {
        AhoCorasickBuilder::new()
            .match_kind(kind)
            .build(patterns)
            .expect("function words build an automaton")
    };
    Lexicon {
        words: build(MatchKind::Standard, &words),
        class,
        strip: build(MatchKind::LeftmostLongest, &words),
        asking: build(MatchKind::Standard, &asking),
        scope: build(MatchKind::LeftmostLongest, SCOPE),
    }
});

/// Replaces question words, filler and other function words with separators,
/// leaving the words that say what is asked.
pub fn strip_function_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    LEXICON.strip.replace_all_with(text, &mut out, |_, _, dst| {
        dst.push(' ');
        true
    });
    out
}

/// Marks the characters of question words (多少, 几家, 哪年, 能不能 …) in a
/// normalized question. Keyword evidence does not count them: a keyword
/// written as a question (几家医院) is evidence by its content (医院) alone.
/// `char_at` is [`crate::text::char_offsets`] of the question.
pub fn question_word_mask(normalized: &str, char_at: &[usize]) -> Vec<bool> {
    let mut mask = vec![false; char_at[normalized.len()]];
    for m in LEXICON.asking.find_overlapping_iter(normalized) {
        mask[char_at[m.start()]..char_at[m.end()]]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    mask
}

/// Words of talk, not of the question: voice input and chat pad a question
/// with them (喂你好, 那个, 就是, 嗯). They explain nothing and ask nothing.
const SPOKEN: &[&str] = &[
    "喂",
    "嗯",
    "呃",
    "哎",
    "唉",
    "哦",
    "噢",
    "嘛",
    "呀",
    "哈",
    "啦",
    "咯",
    "喽",
    "哇",
    "诶",
    "就是",
    "就是说",
    "然后",
    "那么",
    "的话",
    "其实",
    "反正",
    "好像",
    "应该",
    "一般",
    "我想",
    "我就想",
    "想请教",
    "请教",
    "打听",
    "打扰",
    "麻烦",
    "谢谢",
    "多谢",
    "您",
    "咱",
    "俺",
    "老师",
    "同志",
    "师傅",
    "朋友",
    "小编",
    "机器人",
    "问问",
    "问个",
    "问题",
    "比如",
    "比方说",
    "对了",
    "还有",
    "另外",
    "那啥",
    "这样",
    "那样",
    // 那几张照片是谁拍的: those few, pointed at, not a count asked.
    "那几张",
    "这几张",
    "那几个",
    "这几个",
    "那几位",
    "这几位",
    "怎么说",
    "真的",
    "确实",
    "挺",
    "特别",
    "非常",
    "比较",
    "大概",
    "差不多",
    "左右",
    "来着",
    // 中国乳都指的是哪个城市: a copula, as 是 is.
    "指的是",
    "对吧",
    "是吧",
    "没错",
    "对不对",
    "是不是",
    "吧",
    "事儿",
    "事情",
    "方面",
];

/// Words that say how a question is put together rather than what it is
/// about: verbs of doing and getting (干, 搞, 拿), relations (跟, 靠, 属于),
/// measure words (篇, 项, 轮), time frames (当时, 以后) and nouns of any
/// subject (意思, 特点, 情况). A question about a story is full of them;
/// they neither explain it nor ask beyond it.
const GENERIC: &[&str] = &[
    "干",
    "搞",
    "做",
    "弄",
    "办",
    "整",
    "拿",
    "拿到",
    "得到",
    "获得",
    "给",
    "帮",
    "帮着",
    "跟",
    "同",
    "靠",
    "用",
    "用来",
    "按",
    "照",
    "根据",
    "通过",
    "属于",
    "算",
    "算是",
    "叫",
    "称",
    "变成",
    "成为",
    "变",
    "成",
    "有关",
    "关于",
    "针对",
    "对于",
    "进行",
    "开展",
    "实现",
    "提到",
    "说到",
    "讲到",
    "提",
    "看",
    "听",
    "带",
    "使",
    "才",
    "已经",
    "还是",
    "或者",
    "而且",
    "并且",
    "所以",
    "因为",
    "但是",
    "可是",
    "只是",
    "之后",
    "以后",
    "以前",
    "之前",
    "后来",
    "当时",
    "时候",
    "当年",
    "那年",
    "每年",
    "每天",
    "每",
    "各",
    "各个",
    // 风电和光伏可开发容量分别多少: each of the two, as 各 says.
    "分别",
    "各自",
    "所有",
    "全部",
    "共",
    "共有",
    "一起",
    "前后",
    "期间",
    "以上",
    "以下",
    "些",
    "点",
    "儿",
    "篇",
    "次",
    "项",
    "家",
    "所",
    "条",
    "场",
    "名",
    "位",
    "门",
    "回",
    "轮",
    "批",
    "种",
    "件",
    "份",
    "笔",
    "双",
    "事",
    "东西",
    "内容",
    // 乌伊汗家里有几匹马: at someone's home, said of what they have.
    "家里",
    "家中",
    "意思",
    "特点",
    "原因",
    "作用",
    "意义",
    "好处",
    "结果",
    "效果",
    "样子",
    "回事",
    "信息",
    "详细",
    "部分",
    "那篇",
    "这篇",
    "文章",
    "报纸",
    // 那篇的本报记者都有谁: the paper the story was in, as its byline
    // says it.
    "本报",
    "上面",
    "里面",
    "写",
    "采访",
    "记得",
    "记不清",
    "忘了",
    "好多",
    "很多",
    "不少",
    "有人",
    "别人",
    "人家",
    "他们",
    "你们",
    "咱们",
    "大伙",
    "村里",
    "老人",
    "邻居",
    "同事",
    "单位",
    "新",
    "老",
    "大",
    "小",
    "高",
    "低",
    "快",
    "慢",
    "好",
    "坏",
    "对",
    "错",
    "真",
    "假",
    "正",
    "开",
    "去",
    "来",
    "到",
    "涨",
    "降",
    "涨到",
    "降到",
    "增加",
    "减少",
    "提高",
    "提升",
    "达到",
    "变化",
    "排",
    "排名",
    "排第",
];

/// Words that ask for what a news story does not hold: procedures and
/// services (挂号, 补办), live figures and times (门票, 房价, 几点), places
/// and contacts (地址, 怎么去), advice (推荐, 值得), general knowledge
/// (区别, 世界). Left unexplained by the story that would answer, such a
/// word is the heart of the question, and weighs more than its length.
pub const AWAY: &[&str] = &[
    // 根河现在多少度: the weather now, not the record the page gives.
    "现在多少度",
    "现在几度",
    "现在气温",
    "现在温度",
    "今天多少度",
    "今天几度",
    "今天气温",
    "明天多少度",
    "明天气温",
    // Procedures and services.
    "签证",
    "护照",
    "挂号",
    "挂失",
    "下载",
    "申领",
    // 怎么提前领取: drawing early is a procedure of its own.
    "提前领",
    "提前支取",
    "补办",
    "办理",
    "预约",
    "注册",
    "报名",
    "应聘",
    "投简历",
    "登录",
    "密码",
    "销户",
    "注销",
    "提取",
    "取出",
    "取钱",
    "退税",
    "报销比例",
    "手续",
    "证件",
    "身份证",
    "户口",
    "医保卡",
    "社保卡",
    "银行卡",
    "续费",
    "退款",
    "投诉",
    "举报",
    "转学",
    "插班",
    "入学",
    "报考",
    "录取",
    "分数线",
    "学费",
    "补考",
    "考试",
    "异地",
    "材料",
    "要带",
    "需要带",
    "周六",
    "周日",
    "星期",
    "礼拜",
    "熟了",
    "成熟了",
    "市场价",
    "行情",
    "涨价",
    "降价",
    "关闭",
    "这两天",
    "好不好走",
    "找回",
    "在哪儿办",
    "在哪办",
    "去哪办",
    "哪里办",
    "去哪儿办",
    "app",
    "手机上",
    "怎么操作",
    "在哪操作",
    "保存",
    "储存",
    "怎么保存",
    "生产什么",
    "产品是什么",
    "做什么产品",
    "主营",
    "申请",
    "怎么办",
    "余额",
    "查询",
    "怎么查",
    "在哪查",
    "预订",
    "订票",
    "船票",
    "车票",
    "机票",
    "买票",
    "怎么订",
    "区分",
    "创始人",
    "创办人",
    "法人",
    "前途",
    "前景",
    "最挣钱",
    "最赚钱",
    "赚钱",
    "哪个旗",
    "哪个区",
    "哪个乡",
    "哪个镇",
    "口感",
    "味道",
    "好不好吃",
    "哪个甜",
    "怎么买",
    "哪里买",
    "在哪买",
    "买哪",
    "值得买",
    "去哪买",
    "哪能买",
    "一年卖",
    "卖多少",
    "哪里卖",
    "附近有什么",
    "附近有啥",
    "附近的",
    "购买",
    "网购",
    "下单",
    // A named organisation's own particulars, which a story mentions in
    // passing: answered only where the point says them.
    "成立",
    "创办",
    "创立",
    "总部",
    "营收",
    "营业收入",
    "利润",
    "市值",
    "股价",
    "上市",
    "销售额",
    "哪儿买",
    "哪买",
    "买到",
    "哪里人",
    "哪儿人",
    "老家",
    "籍贯",
    "电价",
    "水价",
    "售价",
    "出口额",
    "泡水",
    "怎么吃",
    "怎么喝",
    "效果好",
    "功效",
    // 芬兰首都是哪里: a country's capital, general knowledge a story that
    // names the country in passing does not give.
    "首都",
    "省会",
    "怎么形成",
    "如何形成",
    "成因",
    "国庆",
    "春节",
    "节假日",
    "放假",
    "开不开关",
    "闭关",
    // A limit a rule sets (个人养老金每年最多能交多少): news reports what
    // was done, rarely the rule's ceiling.
    "上限",
    "封顶",
    "最多能",
    "最高能",
    "最多可以",
    "最高可以",
    "怎么申报",
    "如何申报",
    // 怎么加入奈曼旗的种植合作社: how to join or sign up with one, which
    // a story on what its members gained does not tell.
    "怎么加入",
    "如何加入",
    "怎样加入",
    "怎么入社",
    "怎么签合同",
    "怎么签订单",
    // 在大棚里种蒲公英要怎么施肥: growing advice.
    "怎么施肥",
    "如何施肥",
    // 乌海抽水蓄能电站招工吗: jobs at a place the story is about.
    "招工",
    // 铝箔是怎么生产出来的: how a thing is made, answered by a point that
    // tells how (judge's SAID_AWAY), not by one on who makes it.
    "怎么生产",
    "如何生产",
    "怎么制作",
    "如何制作",
    "怎么做出来",
    "在哪申报",
    "去哪申报",
    "能买",
    "超市",
    "正品",
    "礼品",
    "送礼",
    "哪条路",
    "哪条街",
    "门牌",
    "办公地点",
    "在哪办公",
    "有号",
    "号源",
    "坐诊",
    "门诊时间",
    "门店",
    "网店",
    "热线",
    "怎么联系",
    // Live figures and times.
    "时刻表",
    "班次",
    "时间表",
    "营业",
    "门票",
    "票价",
    // 白云鄂博稀土储量有多少万吨: a deposit's reserves, which a story on
    // what is made of it (2万吨铸件) does not give.
    "储量",
    "蕴藏量",
    // 一个集装箱运费多少: a rate the news does not print.
    "运费",
    "价格",
    "房价",
    "物价",
    "油价",
    "菜价",
    "多少钱一",
    "一斤",
    "一袋",
    "一盒",
    "一张",
    "一个人多少钱",
    "每人",
    "单价",
    "利息",
    "利率",
    "收益率",
    "收益",
    "几点",
    "营业时间",
    "开放时间",
    "开门",
    "关门",
    "下班",
    "周末",
    "节假日",
    "今天",
    "明天",
    "昨天",
    "后天",
    "今晚",
    "明年",
    "下周",
    "下个月",
    "实时",
    "路况",
    "堵车",
    "结冰",
    // Places and contacts.
    "地址",
    "厂址",
    "住址",
    "地理位置",
    "位置",
    "城市",
    "省份",
    "哪个省",
    "哪个县",
    "哪个旗县",
    "哪个村",
    "哪个嘎查",
    "哪个苏木",
    "哪条街",
    "联系方式",
    "网址",
    "官网",
    "怎么去",
    "怎么走",
    "路线",
    "坐车",
    "开车",
    "自驾",
    "火车",
    "高铁",
    "飞机",
    "航班",
    "公交",
    "地铁",
    "周边",
    "酒店",
    "住宿",
    "民宿",
    // 帮我写一首关于草原的诗: something to write, not news to tell.
    "写一首",
    "写首",
    "写一篇",
    "写篇",
    "作一首",
    "编一首",
    "写诗",
    "作诗",
    "写作文",
    // Advice.
    "推荐",
    "建议",
    "值得",
    "值不值",
    "划算",
    "哪个好",
    "哪家好",
    "怎么选",
    "选哪",
    "该不该",
    // 是去万达商圈招聘会好还是去零工市场好: which of two to choose.
    "好还是去",
    "好还是选",
    "好还是买",
    "好还是报",
    // 我该买个人养老金还是买商业养老保险: the asker's own choice.
    "我该",
    "我应该",
    "该买",
    "要不要",
    "好吃",
    "好玩",
    "功效",
    "副作用",
    "怎么吃",
    "怎么煮",
    "怎么种",
    "怎么养",
    "攻略",
    // Knowledge of the world.
    "全世界",
    "世界上",
    "全球",
    "区别",
    "定义",
    "原理",
    "寿命",
    "能活",
    "活多久",
    "面积",
    "多深",
    "海拔",
    "人口",
    "老板",
    "董事长",
    "总经理",
    "校长",
    "院长",
    "床位",
    "员工",
    "年薪",
    "电话",
    "电话号码",
    "手机号",
    "手机号码",
    "微信号",
    "年级",
    "班级",
    "建校",
    "校训",
    "专业",
];

/// The end of a thing, or its return, as a question of time asks it
/// (什么时候闭幕, 哪天结束, 何时恢复): of a story that tells only its
/// start, the date is not the story's.
pub const ENDINGS: &[&str] = &[
    "闭幕", "结束", "落幕", "收官", "截止", "到期", "闭馆", "散场", "恢复", "解禁", "停止",
];

/// Milestones of a thing that a question of time asks the date of
/// (什么时候对外开放, 哪年通航, 何时投产): a date the point gives of other
/// works (7月完成浇筑) or of the thing's start is not theirs.
pub const MILESTONES: &[&str] = &[
    "投产", "通航", "开放", "开馆", "建成", "竣工", "完工", "供暖", "通车", "开通", "开业", "营业",
    "开园", "投运", "运营", "开工", "动工", "并网", "封顶", "通水", "通电", "始建",
];

/// Words a question may say for a word the page prints, two characters
/// each, in groups of the same sense: asked 创立于哪一年, the page's 成立于
/// 1948年 explains it. Only words that mean the same in any story: 投资
/// and 投入, but not 办理 and 申请, which ask different things.
const SYNONYMS: &[&[&str]] = &[
    &["成立", "创立", "创建", "组建", "创办", "建立"],
    &["增收", "多收", "多挣", "多赚"],
    &["捕捞", "打鱼", "捕鱼", "捞鱼"],
    &["游客", "旅客", "游人"],
    &["火车", "列车", "动车"],
    &["发车", "始发", "驶出", "驶离", "开出"],
    &["首趟", "首列", "首班"],
    &["价格", "价钱", "售价"],
    &["举办", "举行", "召开"],
    &["参加", "参与"],
    &["提高", "提升"],
    &["增加", "增长"],
    &["减少", "下降", "降低"],
    &["恢复", "修复"],
    &["补贴", "补助"],
    &["招聘", "招工", "招人"],
    &["孩子", "儿童", "小孩"],
    &["居民", "住户"],
    &["建成", "落成", "竣工", "完工", "建完"],
    &["启动", "开启"],
    &["投资", "投入"],
    &["资金", "经费"],
    &["入选", "上榜", "入围"],
    &["农户", "农民"],
    &["牧户", "牧民"],
    &["养殖", "饲养"],
    &["种植", "栽种"],
    &["销售", "售卖"],
    &["工资", "薪水", "薪资"],
    // (领跑基地一年能交多少税, of 可实现年税收3亿元.)
    &["税收", "纳税", "交税", "缴税", "上税"],
    &["收入", "收益"],
    // (最后决定种什么, of 最终选定适宜当地种植的食用菌.)
    &["决定", "选定"],
    // (板蓝根一亩地净赚多少, of 亩均净利润3600元.)
    &["净赚", "净挣", "净利", "纯利"],
    &["看病", "就医", "就诊"],
    &["签约", "签订", "签署"],
    &["运输", "运送"],
    // (开车到乃玛岱村要多长时间, of 驱车40分钟.)
    &["驱车", "开车", "驾车"],
    // (兴和每年往外送多少清洁电, of 每年稳定送出清洁电力超20亿千瓦时.)
    &["送出", "外送", "外输"],
    // (赵辉每天打扫湖岸要干几个小时, of 每天花8小时清理湖岸卫生.)
    &["清理", "打扫", "清扫"],
    &["湿地", "沼泽"],
    &["沙漠", "沙地"],
    &["奶牛", "乳牛"],
    &["牛奶", "鲜奶"],
    &["景区", "景点"],
    &["企业", "公司"],
    &["学校", "院校"],
    &["步行", "走路"],
    &["使用", "用上", "启用", "投用"],
    &["投产", "投运"],
    &["开通", "通车"],
    &["开业", "营业"],
    &["开工", "动工", "开建"],
    // (哪年开始建的, of 2019年启动建设.)
    &["始建", "建设", "修建", "兴建", "建起"],
    // (通勤航空最早起源于哪个国家, of 通勤航空发源于美国.)
    &["起源", "发源"],
    &["钟头", "小时"],
    &["下雨", "降水", "降雨"],
    &["旗县", "区县", "县区"],
    &["落地", "降落", "着陆"],
    &["飞机", "航班", "班机"],
    // (秋天种的树成活率能到多少, of 秋季栽下的苗木.)
    &["春天", "春季"],
    &["夏天", "夏季"],
    &["秋天", "秋季"],
    &["冬天", "冬季"],
];

static SYNONYM_OF: LazyLock<rustc_hash::FxHashMap<[char; 2], Vec<[char; 2]>>> =
    LazyLock::new(|| {
        let pair = |w: &str| -> [char; 2] {
            let mut c = w.chars();
            [c.next().unwrap_or(' '), c.next().unwrap_or(' ')]
        };
        let mut map: rustc_hash::FxHashMap<[char; 2], Vec<[char; 2]>> = Default::default();
        for group in SYNONYMS {
            for a in group.iter() {
                let others = group.iter().filter(|b| b != &a).map(|b| pair(b));
                map.entry(pair(a)).or_default().extend(others);
            }
        }
        map
    });

/// The words of the same sense as the two characters given (创立: 成立,
/// 创建, …); none for a word of no group.
pub fn synonyms(pair: [char; 2]) -> &'static [[char; 2]] {
    SYNONYM_OF.get(&pair).map_or(&[], Vec::as_slice)
}

/// The words a count's question word splits (下多少雨: 下雨; 发了多少电:
/// 发电), each followed by the words of the same sense (降水, 降雨), for
/// finding the point that says them whole.
pub fn split_words(text: &str) -> SmallVec<[[char; 2]; 4]> {
    let chars: SmallVec<[char; 32]> = text.chars().collect();
    let han = |j: usize| chars.get(j).is_some_and(|&c| crate::text::is_han(c));
    let mut out: SmallVec<[[char; 2]; 4]> = SmallVec::new();
    for i in 0..chars.len() {
        let width = if chars[i..].starts_with(&['多', '少']) {
            2
        } else if chars[i] == '几' {
            1
        } else {
            continue;
        };
        let mut x = i.checked_sub(1);
        if x.is_some_and(|x| chars[x] == '了') {
            x = x.and_then(|x| x.checked_sub(1));
        }
        let (Some(x), y) = (x, i + width) else {
            continue;
        };
        if !han(x) || !han(y) {
            continue;
        }
        let pair = [chars[x], chars[y]];
        let same = synonyms(pair);
        if same.is_empty() {
            continue;
        }
        out.push(pair);
        out.extend(same.iter().copied());
    }
    out
}

/// Every function word (question words, filler, scope, talk) in one
/// leftmost-longest automaton, for marking what a question says besides
/// its content.
/// Words that open with a word of no content of its own (小, 大, 高) and
/// are content whole: 小麦 is a crop, not something small.
const WHOLE: &[&str] = &[
    "小麦", "大麦", "小米", "大米", "大豆", "高粱", "大蒜", "大葱", "新疆", "大连", "大同", "大理",
    // (多少就业岗位: 就 and 位 of words, not an adverb and a measure.)
    "就业", "就医", "就读", "就诊", "就餐", "岗位", "职位", "床位", "车位",
];

static FUNCTION: LazyLock<AhoCorasick> = LazyLock::new(|| {
    // (The words of [`WHOLE`] first, found leftmost-longest over 小 and 大,
    // and marked as nothing.)
    let words: Vec<&str> = WHOLE
        .iter()
        .copied()
        .chain(CLASSES.iter().flat_map(|(_, l)| l.iter().copied()))
        .chain(SCOPE.iter().copied())
        .chain(SPOKEN.iter().copied())
        .chain(GENERIC.iter().copied())
        .collect();
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&words)
        .expect("function words build an automaton")
});

/// Marks the characters of function words in `function`.
pub fn mark_function_words(normalized: &str, char_at: &[usize], function: &mut [bool]) {
    for m in FUNCTION.find_iter(normalized) {
        if m.pattern().as_usize() < WHOLE.len() {
            continue;
        }
        function[char_at[m.start()]..char_at[m.end()]]
            .iter_mut()
            .for_each(|x| *x = true);
    }
}

/// Clears the marks of function words and stop characters over the words
/// of [`WHOLE`] (就业 holds the adverb 就; 小麦 holds 小).
pub fn unmark_whole_words(normalized: &str, char_at: &[usize], function: &mut [bool]) {
    for m in FUNCTION.find_iter(normalized) {
        if m.pattern().as_usize() < WHOLE.len() {
            function[char_at[m.start()]..char_at[m.end()]]
                .iter_mut()
                .for_each(|x| *x = false);
        }
    }
}

/// A question word and what it asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Count,
    When,
    Who,
    How,
    Which,
}

/// The question words of a normalized question with what each asks for,
/// as byte spans, leftmost-longest.
pub fn asked_words(normalized: &str) -> impl Iterator<Item = (usize, usize, Asked)> + '_ {
    LEXICON.strip.find_iter(normalized).filter_map(|m| {
        let asked = match CLASSES[LEXICON.class[m.pattern().as_usize()]].0 {
            Class::Count => Asked::Count,
            Class::When => Asked::When,
            Class::Who => Asked::Who,
            Class::How => Asked::How,
            Class::Which => Asked::Which,
            _ => return None,
        };
        Some((m.start(), m.end(), asked))
    })
}

/// Whether a clause asks something: it holds a question word, or ends as
/// a question does (吗, 呢, 吧, 么).
pub fn asks_something(clause: &str) -> bool {
    // Leftmost-longest, so that 好几年 (many years) is no 几.
    LEXICON
        .strip
        .find_iter(clause)
        .any(|m| CLASSES[LEXICON.class[m.pattern().as_usize()]].0.asks())
        || clause.ends_with(['吗', '呢', '吧', '么', '没'])
        || clause.ends_with("没有")
        || a_not_a(clause)
}

/// Words of asking that say nothing of what is asked.
const ASKING: &[&str] = &["请问", "一下", "告诉", "知道", "想问"];

/// How a question about the bot itself opens (你是真人还是机器人, 你叫
/// 什么名字).
const TO_THE_BOT: &[&str] = &[
    "你到底是",
    "你究竟是",
    "你是不是",
    "您是不是",
    "你是",
    "您是",
    "你叫",
    "您叫",
    "你的名字",
    "您的名字",
];

/// What a question about the bot asks it to be (真人, 机器人, 什么名字).
const WHAT_THE_BOT_IS: &[&str] = &[
    "人", "机器", "谁", "名字", "ai", "bot", "程序", "客服", "小编", "什么",
];

/// Whether a question asks about the bot itself, not the news: 你是真人
/// 还是机器人, 你是机器人吗, 你叫什么名字. (Not 你是说…: a question the
/// asker restates; nor one that asks a count or a time.)
pub fn asks_of_the_bot(normalized: &str) -> bool {
    let q = normalized.trim_start_matches(['请', '问', '那', '嗯', '哎', '喂', '，', ',', ' ']);
    let Some(rest) = TO_THE_BOT.iter().find_map(|p| q.strip_prefix(p)) else {
        return false;
    };
    let rest = rest.trim_end_matches([
        '吗', '呢', '啊', '呀', '吧', '？', '?', '!', '！', '。', '~', ' ',
    ]);
    rest.chars().count() <= 8
        && !rest.starts_with('说')
        && !["多少", "几", "哪年", "时候"]
            .iter()
            .any(|w| rest.contains(w))
        && WHAT_THE_BOT_IS.iter().any(|w| rest.contains(w))
}

/// What people call the bot when they greet it (哈喽，机器人).
const BOT_NAMES: &[&str] = &[
    "小机器人",
    "机器人",
    "小助手",
    "助手",
    "小助理",
    "助理",
    "bot",
    "小编",
    "朋友",
    "大家",
];

/// Whether a message only greets the bot by what it is called (哈喽，机器
/// 人; 机器人你好): a greeting, whatever point speaks of robots.
pub fn greets_the_bot(normalized: &str) -> bool {
    let punct = |c: char| c.is_whitespace() || "，,。.！!？?~～、".contains(c);
    let trim = |s: &str| -> String {
        s.trim_start_matches(punct)
            .trim_end_matches(|c: char| punct(c) || "啊呀呢".contains(c))
            .to_string()
    };
    let q = trim(normalized);
    let greeted = |s: &str| GREETING.iter().find_map(|g| s.strip_prefix(g).map(trim));
    let named = |s: &str| BOT_NAMES.iter().find_map(|n| s.strip_prefix(n).map(trim));
    // 哈喽，机器人 / 机器人你好 / 嗨小助手
    greeted(&q)
        .and_then(|rest| named(&rest))
        .is_some_and(|rest| rest.is_empty())
        || named(&q)
            .and_then(|rest| greeted(&rest))
            .is_some_and(|rest| rest.is_empty())
}

/// Measures a question of keywords may end with, asking the figure
/// (产业园 面积, 阿拉善 降水量).
const MEASURES_ASKED: &[&str] = &[
    "面积",
    "占地",
    "降水量",
    "降雨量",
    "人口",
    "产值",
    "产量",
    "总投资",
    "投资额",
    "海拔",
    "长度",
    // (大农集团玉米平均单产: 1202.94斤/亩.)
    "单产",
    "亩产",
    "产能",
    "装机容量",
    "人数",
];

/// Whether a question of keywords ends with a measure it asks the figure
/// of (包头永磁电机产业园 面积: 占地5000亩), as 多少 would.
pub fn ends_with_measure(normalized: &str) -> bool {
    let q = normalized.trim_end_matches(['吗', '呢', '啊', '呀', '？', '?', '。', ' ']);
    MEASURES_ASKED.iter().any(|m| q.ends_with(m))
}

/// Replaces the words that name all of Inner Mongolia (内蒙古, 自治区).
pub fn strip_scope_words(text: &str) -> Cow<'_, str> {
    if !LEXICON.scope.is_match(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    LEXICON.scope.replace_all_with(text, &mut out, |_, _, dst| {
        dst.push(' ');
        true
    });
    Cow::Owned(out)
}

/// Whether `text` holds a content character (a Chinese character that is
/// not a [`crate::text::STOP_CHARS`] one) outside its function words: what
/// is left after [`strip_function_words`], without building it.
pub fn has_content_words(text: &str) -> bool {
    let content = |gap: &str| gap.chars().any(is_content_char);
    let mut at = 0;
    for m in LEXICON.strip.find_iter(text) {
        if content(&text[at..m.start()]) {
            return true;
        }
        at = m.end();
    }
    content(&text[at..])
}

/// Words that carry no topic in a question; they do not count as evidence in
/// the similarity fallback.
pub const STOP_TERMS: &[&str] = &[
    "多少",
    "什么",
    "怎么",
    "哪些",
    "哪个",
    "有没",
    "没有",
    "是不",
    "不是",
    "可以",
    "请问",
    "现在",
    "一下",
    "知道",
    "告诉",
    "我想",
    "想知",
    "问一",
    "问问",
    "的是",
    "了吗",
    "是多",
    "有多",
    "少个",
    "有什",
    "么新",
    "新闻",
    "最近",
    "目前",
    "如何",
    "怎样",
    "一个",
    "这个",
    "那个",
    "是什",
    "是哪",
    "哪年",
    "哪一",
    "一年",
    "时候",
    "什么时",
    "吗",
    "的",
    "了",
    "呢",
    "吧",
    "啊",
    "是",
    "有",
    "在",
    "和",
    "与",
    "我",
    "你",
    "他",
    "她",
    "它",
    "们",
    "个",
    "多",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_by_the_bots_name_is_a_greeting() {
        for q in [
            "哈喽，机器人",
            "你好机器人",
            "机器人你好",
            "嗨 小助手！",
            "hi bot",
        ] {
            assert!(greets_the_bot(q), "{q}");
        }
        for q in [
            "你好，机器人实验室在哪",
            "机器人",
            "你好",
            "你好，呼伦湖有多少鱼",
        ] {
            assert!(!greets_the_bot(q), "{q}");
        }
    }

    #[test]
    fn keywords_ending_in_a_measure_ask_its_figure() {
        for q in [
            "包头永磁电机产业园 面积",
            "大农集团玉米平均单产",
            "甘河农牧场大豆亩产",
        ] {
            assert!(ends_with_measure(q), "{q}");
        }
        for q in ["大农集团玉米", "单产提高了吗"] {
            assert!(!ends_with_measure(q), "{q}");
        }
    }

    #[test]
    fn a_word_split_by_its_count_is_found_with_its_synonyms() {
        let words = |q: &str| -> Vec<String> {
            split_words(q).iter().map(|p| p.iter().collect()).collect()
        };
        assert_eq!(words("阿拉善一年下多少雨"), ["下雨", "降水", "降雨"]);
        assert_eq!(words("今年下了几场雨"), Vec::<String>::new());
        assert_eq!(words("下了多少雨"), ["下雨", "降水", "降雨"]);
        // A word of no synonym group is left to the question's own pairs.
        assert!(words("能发多少电").is_empty());
    }

    #[test]
    fn a_date_asked_of_the_news_itself_is_its_print() {
        for q in [
            "巴彦淖尔合作社那条央广网消息是几月几号的",
            "这篇报道是哪天的",
            "呼伦湖那篇报道是哪天发的",
        ] {
            assert!(asks_of_print(q), "{q}");
        }
        // What the news tells happened on a day of its own.
        for q in [
            "首列班列哪天出发",
            "消息灵通的人几号来",
            "研发资金哪天发放的",
            "研发激励的消息是哪天公布的",
        ] {
            assert!(!asks_of_print(q), "{q}");
        }
    }

    #[test]
    fn synonyms_are_mutual_and_two_characters() {
        for group in SYNONYMS {
            for w in group.iter() {
                assert_eq!(w.chars().count(), 2, "{w}");
            }
        }
        assert!(synonyms(['创', '立']).contains(&['成', '立']));
        assert!(synonyms(['成', '立']).contains(&['创', '立']));
        assert!(synonyms(['办', '理']).is_empty());
        // (交多少税: 交税, which 年税收 says.)
        assert!(synonyms(['交', '税']).contains(&['税', '收']));
    }

    #[test]
    fn question_words_are_read() {
        let i = Intent::of("呼伦湖渔业公司是哪一年成立的");
        assert!(i.when && !i.who);
        let i = Intent::of("赤峰医保中心主任是谁");
        assert!(i.who);
        let i = Intent::of("赤峰最近有什么新闻");
        assert!(i.news && i.which);
        assert_eq!(Intent::of("呼伦湖有多少鱼").fits(FactKind::Number), 1.0);
        assert!(Intent::of("你好").greeting);
        assert!(!Intent::of("你好吗呼伦湖").is_specific());
    }
}
