//! People with their roles (党委书记王如星, 副院长刘柏轩) and named places
//! (明珠社区, 甘其毛都口岸, 长川制靴有限公司) in a story's sentences.

use super::segment::Segmenter;
use crate::text::{is_han, is_numeral};

/// A person a story names with a role, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Organisation and role before the name: `明珠社区党委书记`.
    pub title: String,
    /// The role alone: `党委书记`.
    pub role: String,
    /// `title` and `name` as the page prints them, a figure of the page.
    pub printed: String,
}

/// Roles that come right before a name (党委书记王如星), longest first where
/// one holds another: the word after one is a name when it ends as names
/// end. The roles that are also plain words are [`PLAIN_ROLES`]; a role is
/// in one list only.
const ROLES: &[&str] = &[
    "党支部副书记",
    "党支部书记",
    "党委副书记",
    "党委书记",
    "党组书记",
    "副书记",
    "书记",
    "副院长",
    "院长",
    "副主任",
    "主任",
    "副局长",
    "局长",
    "副市长",
    "市长",
    "副县长",
    "县长",
    "副旗长",
    "旗长",
    "副区长",
    "区长",
    "副镇长",
    "镇长",
    "副乡长",
    "乡长",
    "苏木达",
    "副盟长",
    "盟长",
    "副关长",
    "关长",
    // 二连海关铁路监管二科关员高进忠: a customs officer.
    "关员",
    "副科长",
    "科长",
    "副处长",
    "处长",
    "站长",
    "所长",
    "副校长",
    "校长",
    "园长",
    "馆长",
    "研究馆员",
    "馆员",
    "厂长",
    "副总经理",
    "总经理",
    "经理",
    "董事长",
    "总裁",
    "监事",
    "行政主管",
    "主管",
    "总工程师",
    "工程师",
    "理事长",
    "秘书长",
    "会长",
    "主席",
    "副厅长",
    "厅长",
    "部长",
    "社长",
    "队长",
    "村支书",
    "嘎查长",
    "村长",
    "总监",
];

/// Roles that are also plain words (居民增收, 教师队伍): the word after them
/// is a name only if it starts with a surname. Longest first where one
/// holds another, as in [`ROLES`].
const PLAIN_ROLES: &[&str] = &[
    "种植大户",
    "养殖大户",
    "种植户",
    "养殖户",
    "大户",
    "组长",
    "团长",
    "居民",
    "村民",
    "牧民",
    "农民",
    "教师",
    "老师",
    "专家",
    "医生",
    "商贩",
    "猎民",
    "使鹿人",
    "志愿者",
    "护林员",
    "教授",
    "研究员",
    "院士",
    "科学家",
    "地质学家",
    "负责人",
    "老板娘",
    "老板",
    "店主",
    "葵农",
    "果农",
    "菜农",
    "学生",
    // Winners: 15公里挑战赛男子组第一名丁炳宁.
    "第一名",
    "冠军",
    "亚军",
    "季军",
    // Kin and plain titles: 周恩来总理的侄女周秉建, 地质学者丁道衡之子丁小中.
    "侄女",
    "侄子",
    "之子",
    "之女",
    "儿子",
    "女儿",
    "孙子",
    "孙女",
    "妻子",
    "丈夫",
    "学者",
];

use crate::text::SURNAMES;

/// Surnames that are also common words (和 and, 于 at, 高 high, 万 ten
/// thousand …): a name that opens with one needs more than a title after
/// it (和部分老师 is no person).
pub const AMBIGUOUS_SURNAMES: &str = "和于向高常时万江石文明安成关金方白华商应单全东丰云";

/// Whether `c` opens many names (王, 彭), not only some (和, 于).
pub fn is_surname(c: char) -> bool {
    SURNAMES.contains(c) && !AMBIGUOUS_SURNAMES.contains(c)
}

/// Characters that do not occur in a given name: function words and
/// measure words (和部分, 于是, 万余名); not 和 or 其, which Mongolian
/// names have (恩和巴图, 乌兰其其格).
/// (着 and 过 are aspect: 总书记关心着嘎查 names no one after the role.)
const NOT_IN_NAME: &str = "部分些们个等的了着过与及或是在为这那该每各余位名年";

/// Words that end a name: what people do after being named.
const AFTER_NAME: &[&str] = &[
    "介绍", "表示", "告诉", "认为", "坦言", "指出", "感慨", "透露", "解释", "强调", "提到", "笑着",
    "回忆", "说", "称", "来到",
];
/// Words that follow a name without being said by its person: where they
/// stand (赵明亮眼里, 在他看来) and when (赵龙以前在城里打工).
const AFTER_NAME_WORDS: &[&str] = &[
    "眼里",
    "眼中",
    "看来",
    "心里",
    "心中",
    "以前",
    "如今",
    "现在",
    "当年",
    "这些年",
    "带头",
    // 乡党委书记杜彦军帮助协调…: what the person does for others.
    "帮助",
    "帮着",
    "带领",
    "协调",
    "牵头",
    // 副主任隋晓杰主持: what the person did at the event.
    "主持",
    "宣布",
    "致辞",
    "出席",
];

/// Single characters that end a name when they follow it.
const AFTER_NAME_CHARS: &str = "的在是和与也还就曾正已等用把将从对为向带家今说称边先以虽却";

/// Boundaries of the organisation before a role.
const CLAUSE: &[char] = &[
    '，', ',', '。', '、', '“', '”', '：', ':', '；', ';', '(', ')', '（', '）', '!', '！', '?',
    '？', '…',
];

/// Roles that follow the name: 李华教授, 袁隆平院士.
const ROLES_AFTER: &[&str] = &["教授", "院士", "研究员", "博士", "老师", "医生"];

/// The people `sentence` names with a role before their name, and those
/// with a scholar's title after it (西北农林科技大学李华教授).
pub fn people(sentence: &str) -> Vec<Person> {
    let mut out = people_role_first(sentence);
    for role in ROLES_AFTER {
        for (i, _) in sentence.match_indices(role) {
            let before: Vec<(usize, char)> = sentence[..i].char_indices().collect();
            // A surname and one or two characters right before the title.
            let found = [2usize, 3].into_iter().rev().find_map(|n| {
                let start = before.len().checked_sub(n)?;
                let (at, first) = before[start];
                let name = &sentence[at..i];
                let plausible = SURNAMES.contains(first)
                    && name.chars().all(is_han)
                    && !name.chars().skip(1).any(|c| NOT_IN_NAME.contains(c));
                // 和部分老师: an ambiguous surname needs a boundary or an
                // organisation right before it.
                let weak = AMBIGUOUS_SURNAMES.contains(first)
                    && !sentence[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_han(c) || "校院所学司局站心馆".contains(c));
                (plausible && !weak).then_some((at, name))
            });
            let Some((at, name)) = found else {
                continue;
            };
            if out.iter().any(|p| p.name == name) {
                continue;
            }
            let clause_start = sentence[..at].rfind(CLAUSE).map_or(0, |c| {
                c + sentence[c..].chars().next().map_or(1, char::len_utf8)
            });
            let org = trim_org(&sentence[clause_start..at]);
            let org_start = at - org.len();
            out.push(Person {
                name: name.to_string(),
                title: format!("{org}{role}"),
                role: role.to_string(),
                printed: sentence[org_start..i + role.len()].to_string(),
            });
        }
    }
    out
}

fn people_role_first(sentence: &str) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let mut at = 0;
    while at < sentence.len() {
        let rest = &sentence[at..];
        let Some((i, role)) = ROLES
            .iter()
            .chain(PLAIN_ROLES)
            .filter_map(|r| rest.find(r).map(|i| (i, *r)))
            .min_by_key(|&(i, r)| (i, std::cmp::Reverse(r.len())))
        else {
            break;
        };
        let role_start = at + i;
        let mut role_end = role_start + role.len();
        at = role_end;
        // 指导老师为尹娜、卢玉锋: the role, 为 or 是, then the names.
        if let Some(after) = ["为", "是"]
            .iter()
            .find(|w| sentence[role_end..].starts_with(**w))
            && sentence[role_end + after.len()..]
                .chars()
                .next()
                .is_some_and(is_surname)
        {
            role_end += after.len();
        }
        let Some(name) = name_after(&sentence[role_end..])
            .or_else(|| surname_and_one(role, &sentence[role_end..]))
        else {
            continue;
        };
        let first = name.chars().next().unwrap_or(' ');
        // (A name in parts, 奇·达楞太, is one whatever its first character.)
        let surname = SURNAMES.contains(first) || name.contains(is_name_dot);
        let says = says_after(&sentence[role_end + name.len()..]);
        if !surname && (PLAIN_ROLES.contains(&role) || !says) {
            continue;
        }
        // 爱心林、盐碱地、牧民车道等地貌: one of a list of things, no one.
        if PLAIN_ROLES.contains(&role) && sentence[role_end + name.len()..].starts_with('等') {
            continue;
        }
        // 专家学者和企业家: after a role that is also a plain word, a surname
        // that is also a word (和, 于, 高 …) needs a verb of saying after.
        if PLAIN_ROLES.contains(&role) && AMBIGUOUS_SURNAMES.contains(first) && !says {
            continue;
        }
        let clause_start = sentence[..role_start].rfind(CLAUSE).map_or(0, |i| {
            i + sentence[i..].chars().next().map_or(1, char::len_utf8)
        });
        let org = trim_org(&sentence[clause_start..role_start]);
        let org_start = role_start - org.len();
        let name_end = role_end + name.len();
        if out.iter().any(|p| p.name == name) {
            continue;
        }
        out.push(Person {
            name: name.to_string(),
            title: format!("{org}{role}"),
            role: role.to_string(),
            printed: sentence[org_start..name_end].to_string(),
        });
        at = name_end;
        // …、卢玉锋: the names listed after the first share its role.
        while let Some(rest) = sentence[at..].strip_prefix('、')
            && let Some(next) = name_after(rest)
            && next.chars().next().is_some_and(is_surname)
            && !out.iter().any(|p| p.name == next)
        {
            let start = at + '、'.len_utf8();
            out.push(Person {
                name: next.to_string(),
                title: format!("{org}{role}"),
                role: role.to_string(),
                // (As printed: the role with the names up to this one.)
                printed: sentence[org_start..start + next.len()].to_string(),
            });
            at = start + next.len();
        }
    }
    out
}

/// After a role that is no plain word, a surname and one character before
/// a verb no list holds (馆长林杨总结出一条经验): the commonest length of a
/// Han name.
fn surname_and_one<'t>(role: &str, text: &'t str) -> Option<&'t str> {
    if PLAIN_ROLES.contains(&role) {
        return None;
    }
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    let (_, second) = chars.next()?;
    let end = chars.next().map_or(text.len(), |(i, _)| i);
    (SURNAMES.contains(first)
        && !AMBIGUOUS_SURNAMES.contains(first)
        && is_han(second)
        && !NOT_IN_NAME.contains(second)
        && !AFTER_NAME_CHARS.contains(second))
    .then(|| &text[..end])
}

/// The name at the start of `text`: two to four Chinese characters before
/// a word that ends a name (说, 介绍, a digit, punctuation), or up to five
/// before a verb of saying (乌兰其其格说).
fn name_after(text: &str) -> Option<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().take(8).collect();
    for (k, &(i, c)) in chars.iter().enumerate().skip(2) {
        let rest = &text[i..];
        let says = AFTER_NAME.iter().any(|w| rest.starts_with(w))
            || AFTER_NAME_WORDS.iter().any(|w| rest.starts_with(w));
        // (奇·达楞太: a dot parts a Mongolian name's parts.)
        let ends = says || !is_han(c) && !is_name_dot(c) || AFTER_NAME_CHARS.contains(c);
        // Mongolian names run to five characters (娜仁其木格的), and to six
        // before a verb of saying (米吉格道尔吉说) or a copula (敖特根巴雅尔是).
        if ends && (k <= 5 || (says || c == '是') && k <= 6) {
            // 校长王玉琼自2020年8月到任: a preposition before a date is
            // no part of the name.
            let before_date = c.is_ascii_digit() && k >= 3;
            let i = match chars[k - 1] {
                (j, p) if before_date && TIME_PREPOSITIONS.contains(p) => j,
                _ => i,
            };
            let name = &text[..i];
            let ok = name.chars().all(|c| is_han(c) || is_name_dot(c))
                && !name.starts_with(is_name_dot)
                && !name.ends_with(is_name_dot)
                && !name.chars().skip(1).any(|c| NOT_IN_NAME.contains(c));
            return ok.then_some(name);
        }
        if k >= 6 {
            break;
        }
    }
    None
}

/// Whether `c` is the dot that parts a transliterated name (奇·达楞太).
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '．')
}

/// Prepositions that may stand between a name and a date (自2020年).
const TIME_PREPOSITIONS: &str = "自于在从至";

/// Subjects of a verb of saying that name no one.
const NOT_SPEAKERS: &[&str] = &[
    "记者",
    "大家",
    "有人",
    "他们",
    "她们",
    "我们",
    "村民",
    "牧民",
    "居民",
    "群众",
    "游客",
    "专家",
    "老人",
    "工作人员",
    "负责人",
    "百姓",
    "人们",
    "网友",
    "孩子",
];

/// People the sentence quotes without a role: the name right before a verb
/// of saying, after a quotation or a clause (“…。”李子元说; ,恩和巴图说),
/// or one with a surname after a plain noun (老板娘商丽霞说).
pub fn speakers(sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for verb in AFTER_NAME {
        for (i, _) in sentence.match_indices(verb) {
            let before: Vec<(usize, char)> = sentence[..i].char_indices().collect();
            let han = before.iter().rev().take_while(|(_, c)| is_han(*c)).count();
            let start_of = |n: usize| before[before.len() - n].0;
            // After a boundary: the whole run, two to six characters.
            let name = if (2..=6).contains(&han) {
                Some(&sentence[start_of(han)..i])
            } else {
                // After other words: a surname and one or two characters.
                [3usize, 2]
                    .into_iter()
                    .filter(|&n| n <= han)
                    .find(|&n| {
                        let first = sentence[start_of(n)..].chars().next().unwrap_or(' ');
                        SURNAMES.contains(first) && !AMBIGUOUS_SURNAMES.contains(first)
                    })
                    .map(|n| &sentence[start_of(n)..i])
            };
            // 据胖小介绍: according to someone, named after 据 whatever
            // their name (not a body: 据旗农牧局介绍).
            let name = match name {
                Some(run) if han == run.chars().count() && run.starts_with('据') => {
                    let rest = &run['据'.len_utf8()..];
                    let n = rest.chars().count();
                    let body =
                        rest.ends_with(|c: char| "局委部院所站办会厅司队社心处府组".contains(c));
                    if (2..=3).contains(&n) && !body && !NOT_SPEAKERS.contains(&rest) {
                        if !out.iter().any(|o| o == rest) {
                            out.push(rest.to_string());
                        }
                        continue;
                    }
                    Some(run)
                }
                other => other,
            };
            let Some(name) = name else {
                continue;
            };
            // 副主任孟悦说: 任孟悦 ends a role and is no one (孟悦 is).
            let start = i - name.len();
            if overlaps_role(sentence, start, i) {
                continue;
            }
            let n = name.chars().count();
            let first = name.chars().next().unwrap_or(' ');
            let surnamed = SURNAMES.contains(first) && n <= 3;
            // A whole run with no surname is a name only when it is long
            // enough to be one (恩和巴图); 牧民说 or 大家说 is no one.
            let whole = n == han && (surnamed || n >= 4);
            if (whole || n < han)
                && !NOT_SPEAKERS.iter().any(|w| name.ends_with(w))
                && !name.chars().skip(1).any(|c| NOT_IN_NAME.contains(c))
                && !name.starts_with(['他', '她', '我', '你', '这', '那', '该', '其', '据'])
                && !out.iter().any(|o| o == name)
            {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// People the sentence names with no role, age or quote around them, as
/// the segmenter reads a name it has never seen: three characters, a
/// surname first, tagged a person's name (谢艳琴正手法娴熟地操作着打钉机,
/// 刘晓龙是…村民). Only names the dictionary lacks: a known word tagged so
/// is mostly a word (牛群).
pub fn unknown_names(seg: &Segmenter, sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut at = 0;
    for w in seg.words(sentence) {
        at += w.text.len();
        let next = sentence[at..].chars().next().unwrap_or(' ');
        // (Not a place (佘太镇, 苏金街, 黄合少 of 黄合少镇, 赵宝沟), a body
        // (卫健委), a phrase (夏雨中, 康养游) or a count (车五犁); nor a
        // Mongolian name's syllables, which the segmenter cuts anywhere.)
        if w.tag == "nr"
            && !w.known
            && name_like(w.text)
            && !PLACE_AFTER.contains(next)
            && !in_body_name(w.text, &sentence[at..])
            && !out.iter().any(|o| o == w.text)
        {
            out.push(w.text.to_string());
        }
    }
    out
}

/// People the story names often, with no role around them, whose name of
/// three the segmenter cuts into a word it knows and one character (付清禄
/// read as 付清, pay off, and 禄): a surname first, and the three never
/// apart in `story`, at least three times.
pub fn split_names(seg: &Segmenter, sentence: &str, story: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let words = seg.words(sentence);
    for pair in words.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let last = b.text.chars().next().unwrap_or(' ');
        let name = format!("{}{}", a.text, b.text);
        if a.text.chars().count() != 2
            || b.text.chars().count() != 1
            || !a.known
            || !name_like(&name)
            // (包头段, 苏木呼: a place and a character; 农牧和, 万头只: a
            // word and one of grammar or a measure; 商品车: a compound.)
            || ["ns", "m", "q"].contains(&a.tag)
            || ["c", "p", "u", "q", "m", "r", "d", "y", "e", "f"].contains(&b.tag)
            || "车段呼".contains(last)
        {
            continue;
        }
        let times = story.matches(name.as_str()).count();
        let tail: String = name.chars().skip(1).collect();
        if times >= 3
            && story.matches(a.text).count() == times
            && story.matches(tail.as_str()).count() == times
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

/// Whether three characters may be a person's name, as
/// [`unknown_names`] and [`split_names`] read one: a Chinese surname first
/// (not a Mongolian name's syllable), Chinese characters that are no
/// numerals, none that no name holds after the surname, and no ending a
/// name never has.
fn name_like(name: &str) -> bool {
    let mut chars = name.chars();
    let (Some(first), Some(last)) = (chars.next(), name.chars().next_back()) else {
        return false;
    };
    name.chars().count() == 3
        && SURNAMES.contains(first)
        && !TRANSLITERATED.contains(first)
        && name.chars().all(|c| is_han(c) && !is_numeral(c))
        && !chars.any(|c| NOT_IN_NAME.contains(c))
        && !NOT_NAME_ENDS.contains(last)
}

/// Whether a word is the start of an organisation's name that the text
/// after it goes on with (孟克奶 of 巴图孟克奶食加工基地): the same run of
/// characters, with no word of grammar, ends in 基地, 公司, 合作社 ….
fn in_body_name(word: &str, after: &str) -> bool {
    const GRAMMAR: &str = "在到的和是把给从向对为与及来去了着过说也都就还又";
    let run: Vec<char> = after
        .chars()
        .take(10)
        .take_while(|&c| is_han(c) && !GRAMMAR.contains(c))
        .collect();
    (1..=run.len()).any(|k| {
        let name: String = word.chars().chain(run[..k].iter().copied()).collect();
        is_body(&name)
    })
}

/// Surnames that are as often a syllable of a Mongolian name or place
/// (乌, 宝, 呼, 阿): a name the segmenter made up from them is no name.
const TRANSLITERATED: &str = "乌图巴其那宝娜斯萨额达阿布敖朝格呼";

/// Whether `c` is a Chinese surname that is not as often a syllable of a
/// Mongolian name (刘, not 额 of 额尔敦朝鲁): a name it opens runs to three
/// characters at most.
pub fn is_han_surname(c: char) -> bool {
    is_surname(c) && !TRANSLITERATED.contains(c)
}

/// Last characters of words that look like names and are none: places,
/// bodies, phrases (镇, 街, 委, 中).
const NOT_NAME_ENDS: &str = "镇乡村街旗县区市委局站场园馆厂所院带游旅沟子中店路河山湖港口";

/// Characters that make the word before them a place's name (黄合少镇).
const PLACE_AFTER: &str = "镇乡村街旗县区苏嘎";

/// What a name follows when the page names someone without a role: their
/// age (今年50岁的韩建军), or a nickname in quotes (“85后”赵龙).
/// (还有一位人物叫谢海荣, 他叫李明: a name given as what someone is called.)
const BEFORE_NAME: &[&str] = &[
    "岁的",
    "后”",
    "后\"",
    "名叫",
    "人叫",
    "人物叫",
    "他叫",
    "她叫",
    "子叫",
];

/// Verbs that give someone a role after their name (赵龙…返乡当了村党支部
/// 副书记).
const TAKES_ROLE: &[&str] = &["当了", "当上了", "当上", "担任", "出任", "成为"];

/// People the sentence names by their age or a nickname in quotes, with a
/// surname: 今年50岁的韩建军就是…, “85后”赵龙以前在城里打工. Each with the
/// role the sentence then gives them (返乡当了村党支部副书记), if any.
pub fn introduced(sentence: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    // A name of two or three characters opening on a surname no word
    // opens on as often.
    let surnamed = |name: &str| {
        let first = name.chars().next().unwrap_or(' ');
        SURNAMES.contains(first)
            && !AMBIGUOUS_SURNAMES.contains(first)
            && (2..=3).contains(&name.chars().count())
    };
    for lead in BEFORE_NAME {
        for (i, _) in sentence.match_indices(lead) {
            let at = i + lead.len();
            let Some(name) = name_after(&sentence[at..]) else {
                continue;
            };
            let first = name.chars().next().unwrap_or(' ');
            let n = name.chars().count();
            let rest = &sentence[at + name.len()..];
            // 23岁的小亮是赛马迷: a familiar name (小亮, 老王) said as a
            // name is.
            let familiar = n == 2 && matches!(first, '小' | '老') && rest.starts_with('是');
            // (A familiar name is of two characters.)
            if !(surnamed(name) || familiar) || out.iter().any(|(o, _)| o == name) {
                continue;
            }
            let clause_end = rest.find(['。', '；', ';']).unwrap_or(rest.len());
            let role = TAKES_ROLE
                .iter()
                .find_map(|v| {
                    let j = rest[..clause_end].find(v)? + v.len();
                    let after = &rest[j..clause_end];
                    let end = after.find(CLAUSE).unwrap_or(after.len());
                    let held = &after[..end];
                    ROLES
                        .iter()
                        .any(|r| held.ends_with(r))
                        .then(|| held.to_string())
                })
                .or_else(|| described(&rest[..clause_end]));
            out.push((name.to_string(), role));
        }
    }
    // 赵炯是二连出入境边防检查站的一名移民管理警察: a name opening the
    // sentence (or after a quote closes) that the sentence says is one of
    // a kind.
    let starts =
        std::iter::once(0).chain(sentence.match_indices('”').map(|(i, _)| i + '”'.len_utf8()));
    for at in starts {
        let Some(name) = name_after(&sentence[at..]) else {
            continue;
        };
        let rest = &sentence[at + name.len()..];
        if !surnamed(name) || out.iter().any(|(o, _)| o == name) {
            continue;
        }
        let clause_end = rest.find(['。', '；', ';']).unwrap_or(rest.len());
        // (Of a body or a place: 是…的一名, not 王者是一名好手.)
        if let Some(role) = described(&rest[..clause_end])
            && (role.contains("的一名") || role.contains("的一位"))
        {
            out.push((name.to_string(), Some(role)));
        }
    }
    out
}

/// What the words after a name say someone is, when they say it as one
/// of a kind: 是康巴什区的一名上班族 gives 康巴什区的一名上班族.
fn described(rest: &str) -> Option<String> {
    let is = rest.strip_prefix('是')?;
    let end = is.find(CLAUSE).unwrap_or(is.len());
    let clause = &is[..end];
    let (at, one) = ["一名", "一位"]
        .iter()
        .find_map(|w| clause.find(w).map(|i| (i, *w)))?;
    let kind = &clause[at + one.len()..];
    let n = kind.chars().count();
    ((2..=6).contains(&n)
        && kind.chars().all(crate::text::is_han)
        && clause[..at].chars().count() <= 12)
        .then(|| clause.to_string())
}

/// Words for who someone is that come right before a name the page gives
/// with no surname (护边员嘎达, 牧民乌伊汗).
const KIND_BEFORE_NAME: &[&str] = &[
    "牧民",
    "农民",
    "村民",
    "护边员",
    "老人",
    "网红",
    "小伙",
    "姑娘",
    "技工",
    "党员",
    "老乡",
    "大姐",
    "大哥",
    "嫂子",
    // (冷藏车司机毕德日雅: a foreign driver, named the same way.)
    "司机",
];

/// People the story names with no surname, right after a word for who
/// they are (护边员嘎达已穿戴整齐, 蒙古族牧民乌伊汗带着…), and then again
/// and again: the name is the longest run after the word that the story
/// repeats as often as its first two characters, three times at least, and
/// that the dictionary does not know as a word (收入 is none).
pub fn recurring(text: &str, knows: &dyn Fn(&str) -> bool) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for kind in KIND_BEFORE_NAME {
        for (i, _) in text.match_indices(kind) {
            let run: Vec<char> = text[i + kind.len()..]
                .chars()
                .take(6)
                .take_while(|&c| is_han(c))
                .collect();
            // (牧民把骆驼放养到沙漠中: a word of grammar after the word
            // for who, 把, 在, 将, opens no name, however often the story
            // repeats what follows it.)
            if run.len() < 2 || AFTER_NAME_CHARS.contains(run[0]) {
                continue;
            }
            let count = |k: usize| text.matches(&run[..k].iter().collect::<String>()).count();
            let times = count(2);
            if times < 3 {
                continue;
            }
            let len = (3..=run.len())
                .take_while(|&k| count(k) == times)
                .last()
                .unwrap_or(2);
            let name: String = run[..len].iter().collect();
            if knows(&name)
                || name.chars().any(|c| NOT_IN_NAME.contains(c))
                || out.iter().any(|p| p.name == name)
            {
                continue;
            }
            out.push(Person {
                printed: format!("{kind}{name}"),
                title: kind.to_string(),
                role: kind.to_string(),
                name,
            });
        }
    }
    out
}

/// Who someone the story names without a role is, in the words right
/// before their name in its clause, when those end in a noun of two
/// characters or more: 该机场今年第300万名旅客萨仁 gives 机场今年第300万名旅客
/// (read as 旅客). Not words that lead into a name (记者采访了萨仁), nor a
/// name at the start of its clause.
pub fn described_before(seg: &Segmenter, sentence: &str, name: &str) -> Option<Person> {
    let (i, _) = sentence
        .match_indices(name)
        .find(|(i, _)| sentence[..*i].chars().next_back().is_some_and(is_han))?;
    let clause_start = sentence[..i].rfind(CLAUSE).map_or(0, |c| {
        c + sentence[c..].chars().next().map_or(1, char::len_utf8)
    });
    let title = trim_org(&sentence[clause_start..i]);
    if !(2..=20).contains(&title.chars().count()) {
        return None;
    }
    let words = seg.words(title);
    let last = words.last()?;
    let noun = matches!(last.tag, "n" | "nz" | "vn") && last.text.chars().count() >= 2;
    let leads_in = words
        .iter()
        .any(|w| matches!(w.tag, "v" | "p" | "ul" | "uj") || w.text == "了");
    if !noun || leads_in {
        return None;
    }
    Some(Person {
        name: name.to_string(),
        title: title.to_string(),
        role: last.text.to_string(),
        printed: sentence[i - title.len()..i + name.len()].to_string(),
    })
}

/// Words for someone's family right after their name (宝音特古色和妻子).
const KIN_AFTER: &[&str] = &[
    "和妻子",
    "和丈夫",
    "和老伴",
    "和爱人",
    "和儿子",
    "和女儿",
    "夫妇",
    "夫妻",
];

/// People the sentence names with their family, however long the name:
/// 去年脱贫的宝音特古色和妻子早上6点就到地里 gives 宝音特古色. The name is
/// the longest run before the family word, back to a boundary and at most
/// six characters, that opens with a surname (村民王守政和妻子: 王守政).
pub fn with_kin(sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for kin in KIN_AFTER {
        for (i, _) in sentence.match_indices(kin) {
            let mut run: Vec<char> = sentence[..i]
                .chars()
                .rev()
                .take_while(|&c| is_han(c) && c != '的')
                .take(6)
                .collect();
            run.reverse();
            let name = (2..=run.len()).rev().find_map(|k| {
                let name = &run[run.len() - k..];
                (SURNAMES.contains(name[0])
                    && !AMBIGUOUS_SURNAMES.contains(name[0])
                    && !name.iter().any(|c| NOT_IN_NAME.contains(*c)))
                .then(|| name.iter().collect::<String>())
            });
            if let Some(name) = name.filter(|n| !out.contains(n)) {
                out.push(name);
            }
        }
    }
    out
}

/// Someone the sentence says holds a role, their name opening a clause:
/// 王明是巴彦淖尔市五原县民泰农贸有限责任公司总经理，也是… gives the
/// firm's 总经理. Not what they are besides (王明是地道的五原人).
pub fn role_stated(sentence: &str, name: &str) -> Option<Person> {
    sentence.match_indices(name).find_map(|(i, _)| {
        let opens = sentence[..i]
            .chars()
            .next_back()
            .is_none_or(|c| CLAUSE.contains(&c));
        let rest = sentence[i + name.len()..].strip_prefix('是')?;
        let title = &rest[..rest.find(CLAUSE).unwrap_or(rest.len())];
        let role = role_of(title)?;
        let fits = title.chars().count() <= 30
            && title
                .chars()
                .all(|c| is_han(c) || c.is_ascii_alphanumeric());
        (opens && fits).then(|| Person {
            name: name.to_string(),
            title: title.to_string(),
            role: role.to_string(),
            printed: title.to_string(),
        })
    })
}

/// The role a title ends with: 副书记 of 村党支部副书记.
pub fn role_of(title: &str) -> Option<&'static str> {
    ROLES.iter().find(|r| title.ends_with(*r)).copied()
}

/// Whether a role the sentence prints runs into `start..end`.
fn overlaps_role(sentence: &str, start: usize, end: usize) -> bool {
    ROLES.iter().chain(PLAIN_ROLES).any(|r| {
        sentence
            .match_indices(r)
            .any(|(i, _)| i < end && start < i + r.len())
    })
}

fn says_after(text: &str) -> bool {
    AFTER_NAME.iter().any(|w| text.starts_with(w))
}

/// The longest organisation kept before a role, in characters.
const ORG: usize = 20;

/// An organisation before a role, without the words that lead into it
/// (据, 该, 记者从).
fn trim_org(org: &str) -> &str {
    let mut org = org;
    for lead in [
        "记者从",
        "据",
        "该",
        "这位",
        "这名",
        "来自",
        "当天",
        "其中",
        "在",
    ] {
        if let Some(rest) = org.strip_prefix(lead) {
            org = rest;
        }
    }
    // A verb inside leads into the organisation: 酒庄采用|西北农林科技大学.
    for verb in ["采用", "通过", "联合", "邀请", "请来", "来自"] {
        if let Some(i) = org.rfind(verb) {
            org = &org[i + verb.len()..];
        }
    }
    // Keep the organisation to a readable length: cut after the place it
    // opens with (呼伦贝尔市莫力达瓦达斡尔族自治旗|新立向阳大豆种养殖专业合作
    // 社), else at a character.
    let n = org.chars().count();
    if n > ORG
        && let Some((i, c)) = org.char_indices().find(|&(i, c)| {
            "市旗县区盟镇乡村".contains(c) && org[i + c.len_utf8()..].chars().count() <= ORG
        })
        && org[i + c.len_utf8()..].chars().count() >= 4
    {
        return &org[i + c.len_utf8()..];
    }
    if n > ORG {
        let skip: usize = org.chars().take(n - ORG).map(char::len_utf8).sum();
        org = &org[skip..];
    }
    org
}

/// Ends of organisation names (and of places named like organisations:
/// 产业园, 示范区), longest first where one holds another. Their names are
/// read word by word: they hold verbs of what they do (水稻种植专业合作社).
const PLACE_ENDS: &[&str] = &[
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "公司",
    "集团",
    "合作社",
    "小学",
    "中学",
    "大学",
    "学院",
    "学校",
    "分校",
    "幼儿园",
    "医院",
    "酒庄",
    "庄园",
    "农场",
    "林场",
    "小区",
    "示范区",
    "项目",
    "研究所",
    "委员会",
    "产业园",
    "园区",
    "高新区",
    "开发区",
    "基地",
    "牧场",
    "街道",
    "海关",
    "中心",
    "协会",
    "研究院",
    "科学院",
];

/// Ends of the names of places on the map, longest first where one holds
/// another. Their names are read character by character: many are Mongolian
/// names written in Chinese characters (芒来嘎查, 阿拉坦额莫勒镇, 哈拉哈高勒
/// 苏木), which the segmenter cuts into odd words (芒来 as a time word).
/// Not 区 or 市: the districts and cities are all in regions.toml, and what
/// else ends so is mostly a common noun (粮食主产区, 缺水地区, 产粮大市).
const MAP_ENDS: &[&str] = &[
    "社区", "嘎查", "苏木", "草原", "口岸", "景区", "镇", "乡", "村", "旗", "县", "盟", "湖", "山",
    "峰",
];

/// Ends of places that belong to another place named right before them
/// (阿尔山口岸, 呼伦湖景区). Other endings right after a place's make a
/// common word, not a name (乡村, 苏木乡镇, 旗县).
const HOLDING_ENDS: &[&str] = &["口岸", "景区", "草原"];

/// Ends of a place that may hold another (旗 of 镶黄旗新宝拉格镇, 省 of 东方省
/// 哈拉哈高勒苏木): a name read backwards stops there.
const NESTED_ENDS: &[&str] = &[
    "嘎查", "苏木", "镇", "乡", "村", "旗", "县", "区", "市", "盟", "湖", "山", "省", "国", "州",
];

/// Characters no place name holds, which end a name read backwards:
/// function words, pronouns and words of quantity (在旗所在地…, 全旗, 这个村,
/// 每个嘎查). Not 和, 其, 都, 多 or 家, which names have (和林格尔, 甘其毛都,
/// 多伦, 牛家营子).
const NOT_IN_PLACE: &str = "的在是与了把从到向对于被将经由等及或这那该每各也就还已又再才只很最不自往离距此某本全几两个位名座所条";

/// Characters of time, which real time words have (初秋, 今年, 当时) and
/// names the dictionary calls time words (芒来) do not.
const TIME_CHARS: &str = "年月日天时春夏秋冬晨早晚午夜今明昨前后初末季期代旬周古去当现近刚";

/// Longest head of a map name before its ending, in characters.
const MAP_HEAD: usize = 10;

/// A word of a text with its byte span.
struct Spanned<'a> {
    text: &'a str,
    tag: &'a str,
    known: bool,
    start: usize,
    end: usize,
}

fn spanned<'a>(seg: &'a Segmenter, text: &'a str) -> Vec<Spanned<'a>> {
    let mut at = 0;
    seg.words(text)
        .into_iter()
        .map(|w| {
            let start = at;
            at += w.text.len();
            Spanned {
                text: w.text,
                tag: w.tag,
                known: w.known,
                start,
                end: at,
            }
        })
        .collect()
}

/// Whether a word cannot be part of a map name: a verb, a preposition, an
/// adverb, a number … of two characters or more (走进, 所在地 is a noun),
/// or a single function word. A single character of another class is as
/// likely a syllable of a transliterated name (赉, 图, 都 of 甘其毛都, 日 of
/// 宝日); counts stop the name apart (15个牧业嘎查). A word the dictionary
/// does not have is syllables the segmenter strung together, whatever
/// part of speech it guessed (花吐 of 花吐古拉镇 as a verb).
fn blocks_map_name(w: &Spanned) -> bool {
    if !w.known && w.text.chars().all(is_han) {
        return false;
    }
    if w.tag == "t" {
        // 芒来 is no time.
        return w.text.chars().any(|c| TIME_CHARS.contains(c));
    }
    if w.text.chars().count() == 1 {
        return ["p", "c", "u", "uj", "ul", "r", "y", "f"].contains(&w.tag)
            || w.text.chars().all(|c| NOT_IN_PLACE.contains(c));
    }
    NOT_NAME_START.contains(&w.tag)
}

/// Where the name of a place that ends at `end` starts, its ending running
/// from `ending` to `end`; None when what comes before is no name (全旗,
/// 15个牧业嘎查, 乡村振兴).
fn map_name_start(words: &[Spanned], text: &str, ending: usize) -> Option<usize> {
    // 阿尔山口岸: an ending right after another place's holds that place.
    // 马鞍山村, 青山镇: a village or town named after a mountain or a lake
    // is one name, not a place inside another.
    let natural = |e: &str| {
        ["山", "湖"].contains(&e)
            && VILLAGE_ENDS
                .iter()
                .chain(TOWN_ENDS)
                .any(|v| text[ending..].starts_with(v))
    };
    if let Some(nested) = NESTED_ENDS
        .iter()
        .find(|e| text[..ending].ends_with(*e))
        .filter(|e| !natural(e))
    {
        let holds = HOLDING_ENDS.iter().any(|e| text[ending..].starts_with(e));
        let inner = ending - nested.len();
        return if holds {
            map_name_start(words, text, inner)
        } else {
            None
        };
    }
    let mut start = ending;
    for c in text[..ending].chars().rev().take(MAP_HEAD) {
        if !is_han(c) || NOT_IN_PLACE.contains(c) {
            break;
        }
        start -= c.len_utf8();
        // 镶黄旗|新宝拉格镇: the name starts after another place's ending.
        if NESTED_ENDS.iter().any(|e| text[..start].ends_with(*e)) {
            break;
        }
    }
    // The name starts where a word starts, after any word that cannot be
    // part of it (初秋走进|新巴尔虎右旗, 旗所在地|阿拉坦额莫勒镇).
    let walked = start;
    // (阿荣旗|得力其尔鄂温克族乡: right after another place's ending, a
    // word the dictionary has is a syllable of the name when syllables it
    // does not have follow.)
    let after_place = NESTED_ENDS.iter().any(|e| text[..walked].ends_with(*e));
    let spans: Vec<&Spanned> = words
        .iter()
        .filter(|w| w.start < ending && w.end > walked)
        .collect();
    // (Or where the name's characters start: 如今的|恩和乡.)
    let bounded = after_place
        || text[..walked]
            .chars()
            .next_back()
            .is_none_or(|c| !is_han(c) || NOT_IN_PLACE.contains(c));
    for (k, w) in spans.iter().enumerate() {
        // (额尔古纳市|恩和俄罗斯族民族乡: nor is a function word of one
        // character after a first syllable of one: a name is no single
        // character, so 和 does not join 恩 to what follows.)
        // (Only a conjunction, after a syllable that is no function word
        // itself: 均为口岸 is no name.)
        let lone_before = bounded
            && w.tag == "c"
            && w.text.chars().count() == 1
            && k > 0
            && spans[k - 1].start == walked
            && spans[k - 1].end == w.start
            && spans[k - 1].text.chars().count() == 1
            && spans[k - 1].text.chars().all(is_han)
            && !blocks_map_name(spans[k - 1]);
        let syllable = lone_before
            || after_place
                && w.start == walked
                && spans
                    .get(k + 1)
                    .is_some_and(|n| !n.known && n.text.chars().all(is_han));
        if w.start < start || (w.end <= ending && blocks_map_name(w) && !syllable) {
            start = start.max(w.end);
        }
    }
    let head = &text[start.min(ending)..ending];
    let chars = head.chars().count();
    let numeral = head
        .chars()
        .all(|c| "零〇一二两三四五六七八九十百千万".contains(c));
    // 15个牧业嘎查: a place after a count is a kind of place, not a name.
    let counted = words
        .iter()
        .find(|w| w.end == start)
        .is_some_and(|w| ["m", "q"].contains(&w.tag));
    (start < ending && chars >= 2 && !numeral && !counted).then_some(start)
}

/// Endings of a town, under which a village is named at once (花吐古拉镇
/// 南珠日和嘎查).
const TOWN_ENDS: &[&str] = &["镇", "乡", "苏木"];

/// Endings of a village.
const VILLAGE_ENDS: &[&str] = &["嘎查", "村", "社区"];

/// Longest village name after a town's ending, in characters.
const VILLAGE_HEAD: usize = 8;

/// Splits a word that a town's ending opens when a village's name follows
/// it at once (花吐古拉|镇南|珠日和嘎查, 钱家店|镇前|西艾力村): the
/// dictionary read the ending and the village's first syllable as one word,
/// but a village named right after a town is in it, and the town's name
/// ends there.
fn town_then_village<'a>(words: Vec<Spanned<'a>>, text: &'a str) -> Vec<Spanned<'a>> {
    let mut out: Vec<Spanned<'a>> = Vec::with_capacity(words.len());
    // Where the village's name ends (its ending starts), once a town's
    // ending has been split off: the words up to there are its name.
    let mut village_head: Option<usize> = None;
    for w in words {
        if let Some(end) = village_head {
            if w.end <= end {
                let last = out.last_mut().expect("the town's split left a word");
                last.text = &text[last.start..w.end];
                last.end = w.end;
                continue;
            }
            village_head = None;
        }
        let town = TOWN_ENDS
            .iter()
            .find(|e| w.text.starts_with(*e) && w.text.len() > e.len());
        let village = town.and_then(|e| {
            let rest = &text[w.start + e.len()..];
            let head: String = rest
                .chars()
                .take_while(|c| is_han(*c) && !NOT_IN_PLACE.contains(*c))
                .take(VILLAGE_HEAD + 2)
                .collect();
            VILLAGE_ENDS
                .iter()
                .filter_map(|v| head.find(v))
                .filter(|&i| (2..=VILLAGE_HEAD).contains(&head[..i].chars().count()))
                .min()
                .map(|i| w.start + e.len() + i)
        });
        match (town, village) {
            (Some(e), Some(end)) => {
                village_head = Some(end);
                let cut = w.start + e.len();
                out.push(Spanned {
                    text: &text[w.start..cut],
                    tag: "n",
                    known: true,
                    start: w.start,
                    end: cut,
                });
                out.push(Spanned {
                    text: &text[cut..w.end],
                    tag: "nz",
                    known: false,
                    start: cut,
                    end: w.end,
                });
            }
            _ => out.push(w),
        }
    }
    out
}

/// Names of places on the map (芒来嘎查, 阿拉坦额莫勒镇, 喇嘛地村, 阿尔山口岸):
/// an ending that closes a word, and the characters before it back to a
/// function word, a figure, punctuation or another place's ending.
pub fn map_places(seg: &Segmenter, text: &str) -> Vec<String> {
    let words = town_then_village(spanned(seg, text), text);
    let mut out: Vec<String> = Vec::new();
    for w in &words {
        // An ending closes a word: 村 of 村民, 山 of 山城 is none.
        let Some(e) = MAP_ENDS.iter().find(|e| w.text.ends_with(*e)) else {
            continue;
        };
        // 高峰, 调峰, 一峰 (of camels): a word of the dictionary that ends in
        // 峰 names no peak; 必鲁图峰 is cut before its 峰 or not known.
        if *e == "峰" && w.text != "峰" && w.known {
            continue;
        }
        let ending = w.end - e.len();
        // 马鞍山 of 马鞍山村 is the village's name, no place of its own.
        if ["山", "湖"].contains(e)
            && VILLAGE_ENDS
                .iter()
                .chain(TOWN_ENDS)
                .any(|v| text[w.end..].starts_with(v))
        {
            continue;
        }
        let Some(start) = map_name_start(&words, text, ending) else {
            continue;
        };
        let name = &text[start..w.end];
        // A word of the dictionary (超市, 老城区, 家乡) is no name of one place.
        let common = words.iter().any(|v| {
            v.start == start && v.end == w.end && !["ns", "nt", "nz", "nr", "nrt"].contains(&v.tag)
        });
        if !common && !out.iter().any(|o| o == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// The short name people call an organisation by: the proper name at its
/// head and its ending (鑫悦马铃薯种植基地 is 鑫悦基地, 芒赉畜牧专业合作社
/// 芒赉合作社). None when the name opens with a common word (阳光田宇国际
/// 酒庄) or is short already.
pub fn short_name(seg: &Segmenter, name: &str) -> Option<String> {
    // 深能北方(鄂托克前旗)能源开发有限公司 is 深能北方.
    if let Some(i) = name.find(['(', '（']) {
        let head = &name[..i];
        return (head.chars().count() >= 2).then(|| head.to_string());
    }
    let end = PLACE_ENDS.iter().find(|e| name.ends_with(*e))?;
    let mut words = seg.words(&name[..name.len() - end.len()]);
    // (内蒙古瀚海半导体有限公司: the province before the name is no part
    // of it; 内蒙古有限公司 is no name.)
    if words.len() > 1 && ABOVE_REGIONS.contains(&words[0].text) {
        words.remove(0);
    }
    let head: String = words
        .iter()
        .take_while(|w| {
            NAME_PIECES.contains(&w.tag) || w.tag == "v" && !ACTIVITIES.contains(&w.text)
        })
        .map(|w| w.text)
        .collect();
    let short = format!("{head}{end}");
    (head.chars().count() >= 2 && short != name).then_some(short)
}

/// A numbered school as readers call it: 第十九中学 is 十九中, 第二幼儿园
/// 二幼, 第八小学 八小; after its district too (海南区二幼).
pub fn school_short(name: &str) -> Vec<String> {
    const KINDS: &[(&str, &str)] = &[("中学", "中"), ("小学", "小"), ("幼儿园", "幼")];
    let Some((kind, short)) = KINDS.iter().find(|(k, _)| name.ends_with(k)) else {
        return Vec::new();
    };
    let head = &name[..name.len() - kind.len()];
    let Some(at) = head.rfind('第') else {
        return Vec::new();
    };
    let number = &head[at + '第'.len_utf8()..];
    if number.is_empty() || !number.chars().all(|c| "一二三四五六七八九十".contains(c)) {
        return Vec::new();
    }
    let mut out = vec![format!("{number}{short}")];
    let place: Vec<char> = head[..at].chars().collect();
    // (A district or county of three characters: 海南区, not 阿拉善左旗.)
    if place.len() >= 3 && matches!(place.last(), Some('区' | '县')) {
        let district: String = place[place.len().saturating_sub(3)..].iter().collect();
        out.push(format!("{district}{number}{short}"));
    }
    out
}

/// A body's name without the 内蒙古 (or 内蒙古自治区) it opens with, as
/// readers say it (农信信息科技中心 of 内蒙古农信信息科技中心): four
/// characters or more of Chinese.
pub fn without_region(name: &str) -> Option<String> {
    let rest = ["内蒙古自治区", "内蒙古"]
        .iter()
        .find_map(|r| name.strip_prefix(r))?;
    (rest.chars().count() >= 4 && rest.chars().all(crate::text::is_han)).then(|| rest.to_string())
}

/// The places above the regions a firm's registered name may open with
/// (内蒙古瀚海半导体有限公司), no part of the name it is called by.
const ABOVE_REGIONS: &[&str] = &["内蒙古", "中国"];

/// Legal forms that end a firm's registered name.
const LEGAL_FORMS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司"];

/// A firm's name as readers say it: its registered name without its
/// legal form and the place before it (瀚海半导体 of 内蒙古瀚海半导体有限
/// 公司, 金通铜业 of 赤峰金通铜业有限公司). `is_place` tells the regions'
/// own names.
pub fn firm_name(name: &str, is_place: &dyn Fn(&str) -> bool) -> Option<String> {
    let mut head = LEGAL_FORMS.iter().find_map(|f| name.strip_suffix(f))?;
    if let Some(place) = (2..head.chars().count().saturating_sub(1))
        .rev()
        .map(|k| head.chars().take(k).collect::<String>())
        .find(|p| ABOVE_REGIONS.contains(&p.as_str()) || is_place(p))
    {
        head = &head[place.len()..];
    }
    let n = head.chars().count();
    ((3..=8).contains(&n) && head.chars().all(crate::text::is_han) && !is_place(head))
        .then(|| head.to_string())
}

/// Words of a business that follow a firm's proper name besides the
/// [`TRADES`] (星波稀材新材料, 远景科技集团, 宏福…现代农业产业园).
const MORE_TRADE_WORDS: &[&str] = &[
    "新材料",
    "新能源",
    "现代农业",
    "材料",
    "集团",
    "股份",
    "产业",
    "铝业",
    "电力",
    "化工",
    "矿业",
    "煤业",
    "物流",
    "智能",
    "信息",
    "技术",
    "发展",
    "投资",
    "建设",
    "贸易",
    "商贸",
    "文化",
    "旅游",
    "有限",
    "控股",
];

/// The proper name a firm is called by alone, its trade name (字号): what
/// comes before its trade, its place in brackets or a region's name
/// (京运通 of 京运通新材料产业园, 星波稀材 of 星波稀材新材料(包头)有限公司,
/// 宏福 of 宏福乌兰察布农业有限公司). None when that is a common word
/// (远景 of 远景科技集团 is also "prospects") or no trade follows it.
pub fn trade_name(seg: &Segmenter, name: &str, is_place: &dyn Fn(&str) -> bool) -> Option<String> {
    let cut = TRADES
        .iter()
        .chain(MORE_TRADE_WORDS)
        .filter_map(|w| name.find(w))
        .chain(name.find(['(', '（']))
        .min()?;
    let mut head = &name[..cut];
    // (乌兰察布宏福现代农业产业园: the city before the name is no part of it.)
    if let Some(place) = (2..=head.chars().count())
        .rev()
        .map(|k| head.chars().take(k).collect::<String>())
        .find(|p| is_place(p))
    {
        head = &head[place.len()..];
    }
    // (宏福乌兰察布农业: nor the city after it.)
    let chars: Vec<char> = head.chars().collect();
    for k in 2..chars.len() {
        let tail: String = chars[k..].iter().collect();
        if tail.chars().count() >= 2 && is_place(&tail) {
            head = &head[..head.len() - tail.len()];
            break;
        }
    }
    let n = head.chars().count();
    // (小庙子村经济…: a village is a place, no firm's name.)
    let of_place = MAP_ENDS
        .iter()
        .chain(NESTED_ENDS)
        .any(|e| head.ends_with(e));
    if !(2..=4).contains(&n) || !head.chars().all(crate::text::is_han) || is_place(head) || of_place
    {
        return None;
    }
    // (河南远洋铝业: a province before the name is no part of it either.)
    let mut words = seg.words(head);
    while words.len() > 1 && words[0].tag == "ns" && words[0].text.chars().count() >= 2 {
        head = &head[words[0].text.len()..];
        words.remove(0);
    }
    let proper = |w: &super::segment::Word| !w.known || ["nz", "nr", "nrt", "nt"].contains(&w.tag);
    let named = match words.as_slice() {
        [one] => proper(one),
        // (京|运通: a place's character may open a name; 重点|铝 is
        // common words.)
        _ => words.iter().any(|w| proper(w) || w.tag == "ns"),
    };
    (named && head.chars().count() >= 2).then(|| head.to_string())
}

/// Whether `end` ends the names of organisations (合作社, 基地), not of
/// places on the map (嘎查, 苏木).
pub fn is_organisation_ending(end: &str) -> bool {
    PLACE_ENDS.contains(&end) || TRADES.contains(&end)
}

/// Whether `name` is an organisation's (合作社, 公司, 小学), by its ending.
pub fn is_body(name: &str) -> bool {
    ending(name).is_some_and(is_organisation_ending)
}

/// Trades a firm may be named by after its proper name, without 公司
/// (京西农牧业, 蒙牛乳业, 伊利实业).
const TRADES: &[&str] = &[
    "农牧业",
    "牧业",
    "乳业",
    "实业",
    "农业",
    "种业",
    "肉业",
    "药业",
    "食品",
    "能源",
    "科技",
    "生物",
];

/// Firms the story names by a proper name and a trade, without 公司
/// (京西农牧业): a name the dictionary calls a place or a proper noun,
/// or does not know, right before a trade word, the whole printed at
/// least twice. `is_place` tells the regions' own names (鄂尔多斯能源 is
/// the city's energy, not a firm).
pub fn firms(seg: &Segmenter, text: &str, is_place: &dyn Fn(&str) -> bool) -> Vec<String> {
    let words = seg.words(text);
    let mut out: Vec<String> = Vec::new();
    for pair in words.windows(2) {
        let (head, trade) = (&pair[0], &pair[1]);
        let proper = ["ns", "nz", "nt", "nr", "nrt"].contains(&head.tag) || !head.known;
        let n = head.text.chars().count();
        if !TRADES.contains(&trade.text)
            || !proper
            || !(2..=4).contains(&n)
            || !head.text.chars().all(crate::text::is_han)
            || is_place(head.text)
        {
            continue;
        }
        let name = format!("{}{}", head.text, trade.text);
        if text.matches(name.as_str()).count() >= 2 && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Endings of the bodies named by a number (第九中学, 二分校).
const NUMBERED: &[&str] = &["小学", "中学", "分校", "学校", "幼儿园", "医院"];

/// Whether the first of `words` numbers the school (or hospital) the
/// next names: 第九|中学, 第|39|中学 (`after_di`: a 第 comes before), 二|分校.
fn numbered(words: &[super::segment::Word], after_di: bool) -> bool {
    let [number, head, ..] = words else {
        return false;
    };
    let numeral = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    };
    let t = number.text;
    let school = NUMBERED.contains(&head.text);
    // (第|39: the 第 before a number that is one.)
    let di =
        t == "第" && numeral(head.text) && words.get(2).is_some_and(|w| NUMBERED.contains(&w.text));
    di || school
        && (t.strip_prefix('第').is_some_and(numeral)
            || numeral(t) && (after_di || head.text == "分校" && t.chars().count() == 1))
}

/// Whether `name` is an ending alone (草原, 社区): no name of one place.
pub fn is_bare_ending(name: &str) -> bool {
    PLACE_ENDS.contains(&name) || MAP_ENDS.contains(&name)
}

/// The ending of a place or organisation name (合作社 of 明武水稻种植专业
/// 合作社), of two characters or more: what the story calls it for short.
pub fn ending(name: &str) -> Option<&'static str> {
    PLACE_ENDS
        .iter()
        .chain(MAP_ENDS)
        .chain(TRADES)
        .filter(|e| e.chars().count() >= 2 && name.ends_with(*e) && name.len() > e.len())
        .min_by_key(|e| e.len())
        .copied()
}

/// Verbs that name what an organisation does, inside its name (水稻种植
/// 专业合作社, 肉羊育种联合体); other verbs (来到, 采用) lead into a name.
const ACTIVITIES: &[&str] = &[
    "种植", "养殖", "繁育", "育种", "加工", "研究", "发展", "服务", "开发", "生产", "制造", "销售",
    "培训", "检测", "创新", "保护", "治理", "运输", "物流", "管理", "设计", "推广",
];

/// Word classes of nouns, between which a verb belongs to a name.
const NOUNS: &[&str] = &["n", "nz", "ns", "nt", "nr", "j", "vn"];

/// Word classes of names and their pieces, as the segmenter tags the
/// syllables of transliterated names.
const NAME_PIECES: &[&str] = &["nr", "nrt", "ns", "nz", "ng", "zg", "vg"];

/// Measure words that count the thing after them (2栋数据中心).
const COUNTING: &str = "栋幢座个家所条台处间户套只辆艘架块片";

/// Word classes that cannot start a place name: verbs, prepositions,
/// adverbs, pronouns, numerals, time words …
const NOT_NAME_START: &[&str] = &[
    "v", "p", "d", "c", "u", "r", "m", "q", "t", "f", "ul", "uj", "a", "ad", "y", "vg", "zg",
];

/// Named places and organisations in `text`: a name ending (口岸, 有限公司)
/// with the nouns before it, found with the segmenter, and the places on
/// the map ([`map_places`]).
pub fn places(seg: &Segmenter, text: &str) -> Vec<String> {
    let words = seg.words(text);
    let mut out: Vec<String> = Vec::new();
    // Where the last name found starts.
    let mut last_start = None;
    for (i, w) in words.iter().enumerate() {
        if !PLACE_ENDS.iter().any(|e| w.text.ends_with(e)) {
            continue;
        }
        // Nouns back from the ending, up to a word that cannot be part of a name.
        let mut start = i;
        let mut len = w.text.chars().count();
        let mut bracketed = false;
        while start > 0 {
            let prev = &words[start - 1];
            // Before a bracketed place the name's head is a proper name,
            // whatever the dictionary calls its pieces (深能|北方), back to a
            // function word (在).
            if bracketed {
                // (Nor a verb, adverb or time word the dictionary has:
                // 记者们首先来到|中材锂膜(内蒙古)有限公司.)
                let function = ["p", "c", "u", "uj", "ul", "r", "y", "m", "q", "x"]
                    .contains(&prev.tag)
                    || prev.known
                        && prev.text.chars().count() >= 2
                        && ["v", "d", "t"].contains(&prev.tag);
                let n = prev.text.chars().count();
                if function || !prev.text.chars().all(is_han) || len + n > 24 {
                    break;
                }
                start -= 1;
                len += n;
                continue;
            }
            // 深能北方(鄂托克前旗)能源开发有限公司: a place in brackets
            // inside the name is part of it.
            if [")", "）"].contains(&prev.text) {
                let open = (start.saturating_sub(8)..start - 1)
                    .rev()
                    .find(|&k| ["(", "（"].contains(&words[k].text));
                let inner = open.map(|k| &words[k + 1..start - 1]);
                if let (Some(k), Some(inner)) = (open, inner)
                    && !inner.is_empty()
                    && inner.iter().all(|w| w.text.chars().all(is_han))
                    && k > 0
                {
                    let n: usize = words[k..start].iter().map(|w| w.text.chars().count()).sum();
                    if len + n <= 24 {
                        start = k;
                        len += n;
                        bracketed = true;
                        continue;
                    }
                }
                break;
            }
            let n = prev.text.chars().count();
            // A verb inside a name (明武水稻|种植|专业合作社) sits between
            // nouns; one before them (建成|…) leads into the name.
            let inside = ACTIVITIES.contains(&prev.text)
                && start >= 2
                && NOUNS.contains(&words[start - 2].tag);
            // A character the dictionary knows only as a rare morpheme (赉
            // of 芒赉畜牧专业合作社) is a syllable of a transliterated name;
            // so is a verb morpheme (鑫悦 of 鑫悦马铃薯种植基地), and a
            // "verb" right after a name's piece (乌日|根菊拉 of 乌日根菊拉
            // 养殖合作社).
            let after_name = start >= 2 && NAME_PIECES.contains(&words[start - 2].tag);
            // A copula or a function word (魏建明|是|扎赉特旗…公司) is
            // none: the name starts after it.
            let function = prev.text.chars().all(|c| NOT_IN_PLACE.contains(c));
            let syllable =
                !function && (["zg", "vg"].contains(&prev.tag) || prev.tag == "v" && after_name);
            // 常铝|北方|铝业有限责任公司: a direction after a name's piece is
            // part of the firm's name, not where it is.
            let direction = ["北方", "南方", "东方", "西方"].contains(&prev.text)
                && start >= 2
                && words[start - 2].text.chars().all(is_han)
                && !NOT_NAME_START.contains(&words[start - 2].tag);
            // 第39中学, 第九中学, 南门外小学二分校: a school's number, or a
            // branch's, is part of its name.
            let numbered = numbered(
                &words[start - 1..],
                start >= 2 && words[start - 2].text == "第",
            );
            if !prev
                .text
                .chars()
                .all(|c| is_han(c) || c.is_ascii_alphanumeric())
                || (NOT_NAME_START.contains(&prev.tag)
                    && !inside
                    && !syllable
                    && !direction
                    && !numbered)
                || len + n > 18
            {
                break;
            }
            start -= 1;
            len += n;
        }
        let mut name: String = words[start..=i].iter().map(|w| w.text).collect();
        // 黄河村村口: the name ends at the first 村.
        let mut tail = name.chars().rev();
        if let (Some(a), Some(b)) = (tail.next(), tail.next())
            && a == b
            && "村镇乡区县旗".contains(a)
        {
            name.pop();
        }
        let bare = PLACE_ENDS.contains(&name.as_str());
        // 建设2栋数据中心: what a count counts is no name.
        let counted = start > 0
            && words[start - 1]
                .text
                .chars()
                .all(|c| c.is_ascii_digit() || crate::text::is_numeral(c))
            && name.starts_with(|c| COUNTING.contains(c));
        if name.chars().count() >= 3 && !bare && !counted && !out.contains(&name) {
            // (南门外小学|二分校: the name goes on; the school is the
            // branch's name, not one of its own.)
            if let Some(last) = out.last_mut()
                && name.ends_with("分校")
                && last_start == Some(start)
                && name.starts_with(last.as_str())
            {
                *last = name;
            } else {
                out.push(name);
            }
            last_start = Some(start);
        }
    }
    for name in map_places(seg, text) {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_segmenter_has_never_seen() {
        let seg = Segmenter::new(&[]);
        assert_eq!(
            unknown_names(
                &seg,
                "伴随着传送带的嗡嗡声,谢艳琴正手法娴熟地操作着打钉机。"
            ),
            ["谢艳琴"]
        );
        assert_eq!(unknown_names(&seg, "刘晓龙是东卡拉村村民。"), ["刘晓龙"]);
        // (A town, a street, a phrase: no names.)
        for text in [
            "佘太镇的葵花熟了。",
            "店名苏金街,满洲里的老街。",
            "在夏雨中前行。",
            // (Test page 59: the start of a workshop's name, 巴图孟克 a
            // Mongolian name.)
            "建起了150平方米的巴图孟克奶食加工基地。",
        ] {
            assert!(unknown_names(&seg, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn names_the_segmenter_cuts_into_a_word() {
        // Test page 67: 付清禄, read as 付清 (pay off) and 禄, named three
        // times and never apart; not 商品车 nor 包头段.
        let seg = Segmenter::new(&[]);
        let story = "付清禄领着记者踏进瓜田。爱笑的付清禄是组长。付清禄每日为之奔忙。";
        assert_eq!(split_names(&seg, "爱笑的付清禄是组长。", story), ["付清禄"]);
        let story =
            "商品车出口。商品车运往蒙古国。三千辆商品车。黄河包头段。黄河包头段。黄河包头段。";
        assert!(split_names(&seg, "商品车出口。", story).is_empty());
        assert!(split_names(&seg, "黄河包头段。", story).is_empty());
    }

    #[test]
    fn people_with_their_roles() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "明珠社区党委书记王如星介绍说。",
                &[("王如星", "明珠社区党委书记王如星")],
            ),
            // 丰, a surname that is also a word, before a verb of saying.
            (
                "神舟希望小学六年级学生丰兆宇说。",
                &[("丰兆宇", "神舟希望小学六年级学生丰兆宇")],
            ),
            ("今年的农民丰收了。", &[]),
            // (虽 after a name opens what follows: 王晓欢虽是….)
            (
                "阿尔山市委副书记、市长王晓欢虽是地地道道的兴安盟人。",
                &[("王晓欢", "市长王晓欢")],
            ),
            // A role, 为, and the names it lists.
            (
                "派出4名同学组队参赛,指导老师为尹娜、卢玉锋,最终夺得铜奖。",
                &[
                    ("尹娜", "指导老师为尹娜"),
                    ("卢玉锋", "指导老师为尹娜、卢玉锋"),
                ],
            ),
            // Rarer surnames: 鞠, 蔺.
            (
                "17日,内蒙古自治区二连浩特市委书记鞠树文在此间召开的新闻发布会上表示。",
                &[("鞠树文", "内蒙古自治区二连浩特市委书记鞠树文")],
            ),
            // A verb after a role is no name (关心着, 来过).
            ("习近平总书记关心着嘎查的发展。", &[]),
            // A name of three before what the person does for others.
            (
                "乡党委书记杜彦军帮助协调销到鄂伦春旗46万袋儿。",
                &[("杜彦军", "乡党委书记杜彦军")],
            ),
            (
                "高三(17)班学生王新尧以总分129.5分位列自治区第一",
                &[("王新尧", "班学生王新尧")],
            ),
            (
                "9月30日,赤峰市肿瘤医院副院长刘柏轩的感慨",
                &[("刘柏轩", "赤峰市肿瘤医院副院长刘柏轩")],
            ),
            (
                "呼和浩特海关所属乌拉特海关关长尚贵民说,通道贯通后",
                &[("尚贵民", "呼和浩特海关所属乌拉特海关关长尚贵民")],
            ),
            (
                "二连海关铁路监管二科关员高进忠介绍说:“今年以来……”",
                &[("高进忠", "二连海关铁路监管二科关员高进忠")],
            ),
            (
                "乌拉特海关监管一科科长徐海龙2009年入职时",
                &[("徐海龙", "乌拉特海关监管一科科长徐海龙")],
            ),
            (
                "该中学副校长乌兰其其格说。",
                &[("乌兰其其格", "中学副校长乌兰其其格")],
            ),
            (
                "赤峰市医疗保险服务中心主任范志说。",
                &[("范志", "赤峰市医疗保险服务中心主任范志")],
            ),
            (
                "兴和县发展和改革委员会副主任刘馥瑄说",
                &[("刘馥瑄", "兴和县发展和改革委员会副主任刘馥瑄")],
            ),
            ("该公司监事闫娜介绍。", &[("闫娜", "公司监事闫娜")]),
            (
                "“跑起来非常舒服。”15公里挑战赛男子组第一名丁炳宁说。",
                &[("丁炳宁", "15公里挑战赛男子组第一名丁炳宁")],
            ),
            (
                "康巴什区第一中学校长王玉琼自2020年8月到任以来",
                &[("王玉琼", "康巴什区第一中学校长王玉琼")],
            ),
            (
                "周恩来总理的侄女周秉建来到现场。",
                &[("周秉建", "周恩来总理的侄女周秉建")],
            ),
            (
                "地质学者丁道衡之子丁小中也来到庆祝现场。",
                &[("丁小中", "地质学者丁道衡之子丁小中")],
            ),
            (
                "居民赵亚凡在家门口找到了称心的工作",
                &[("赵亚凡", "居民赵亚凡")],
            ),
            (
                "地质学家丁道衡在包头发现白云鄂博矿床",
                &[("丁道衡", "地质学家丁道衡")],
            ),
            (
                "鄂温克使鹿人古革军家养着80头驯鹿",
                &[("古革军", "鄂温克使鹿人古革军")],
            ),
            ("当地正参与泛北极圈文化研究", &[]),
            (
                "项目负责人杜洪光边走边介绍",
                &[("杜洪光", "项目负责人杜洪光")],
            ),
            (
                "酒庄采用西北农林科技大学李华教授团队的栽培模式",
                &[("李华", "西北农林科技大学李华教授")],
            ),
            ("帮助居民提高收入", &[]),
            ("又带动了居民增收", &[]),
            ("着力打造高素质专业化教师队伍", &[]),
            ("教师们熟练运用设备", &[]),
            (
                "嘎查党支部书记米吉格道尔吉说,河边的草各不一样",
                &[("米吉格道尔吉", "嘎查党支部书记米吉格道尔吉")],
            ),
            ("学校和部分老师一起参加", &[]),
            ("来自食品等领域的专家学者和企业家代表", &[]),
            ("村民高志强说", &[("高志强", "村民高志强")]),
            (
                "赛罕图门嘎查牧民敖特根巴雅尔是当地有名的养殖大户",
                &[("敖特根巴雅尔", "赛罕图门嘎查牧民敖特根巴雅尔")],
            ),
            (
                "在村党支部书记赵明亮眼里,高海龙是个“能人”。",
                &[("赵明亮", "村党支部书记赵明亮")],
            ),
            (
                "达茂旗明安镇呼格吉乐图嘎查牧民娜仁其木格的奶食品车间里",
                &[("娜仁其木格", "达茂旗明安镇呼格吉乐图嘎查牧民娜仁其木格")],
            ),
            ("学院高明教授介绍", &[("高明", "学院高明教授")]),
            (
                "内蒙古自治区文物考古研究院研究馆员党郁在会上介绍",
                &[("党郁", "内蒙古自治区文物考古研究院研究馆员党郁")],
            ),
            (
                "饭店老板娘商丽霞说,她家最多一天接待过200多人",
                &[("商丽霞", "饭店老板娘商丽霞")],
            ),
            // A verb no list holds after the name: a surname and one.
            ("“80后”馆长林杨总结出一条经验", &[("林杨", "馆长林杨")]),
            // 云, a surname of the region that is also a word (云计算).
            ("胡尔勒镇镇长云峰说,今年", &[("云峰", "胡尔勒镇镇长云峰")]),
            // A name in parts, parted by a dot, whatever its first character.
            (
                "通辽市市长奇·达楞太在欢迎与会嘉宾时表示",
                &[("奇·达楞太", "通辽市市长奇·达楞太")],
            ),
            // A long organisation is cut after the place it opens with,
            // not inside a place's name (斡尔族自治旗新立向阳…).
            (
                "入冬以来,呼伦贝尔市莫力达瓦达斡尔族自治旗新立向阳大豆种养殖专业合作社理事长李庆国说,现在是关键时节。",
                &[("李庆国", "新立向阳大豆种养殖专业合作社理事长李庆国")],
            ),
            // Not after a role that is a plain word.
            ("村民王大力气壮", &[]),
            // One of a list of things.
            ("把爱心林、盐碱地、牧民车道等地貌串联起来", &[]),
        ];
        for (sentence, expected) in cases {
            let got: Vec<(String, String)> = people(sentence)
                .into_iter()
                .map(|p| (p.name, p.printed))
                .collect();
            let expected: Vec<(String, String)> = expected
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, expected, "{sentence}");
            for (_, printed) in &got {
                assert!(sentence.contains(printed.as_str()));
            }
        }
    }

    #[test]
    fn someone_quoted_without_a_role_is_who_the_words_before_their_name_say() {
        let seg = Segmenter::new(&[]);
        // (sentence, name, (title, role) found)
        type Case<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);
        let cases: &[Case] = &[
            (
                "该机场今年第300万名旅客萨仁,当日获得由鄂尔多斯国际机场赠送的免费机票。",
                "萨仁",
                Some(("机场今年第300万名旅客", "旅客")),
            ),
            (
                "合作社负责人张贵雄笑呵呵地对记者说:“我们合作社已全部实现了机械化。”",
                "张贵雄",
                Some(("合作社负责人", "负责人")),
            ),
            (
                "河北游客赵建忠说,冰雪很美。",
                "赵建忠",
                Some(("河北游客", "游客")),
            ),
            // Words that lead into a name say nothing of who they are.
            ("记者采访了萨仁。", "萨仁", None),
            ("当天见到萨仁时,她正在忙。", "萨仁", None),
            // A name that starts its clause has nothing before it.
            ("“很荣幸。”萨仁说。", "萨仁", None),
        ];
        for (sentence, name, expected) in cases {
            let found = described_before(&seg, sentence, name);
            let found = found.as_ref().map(|p| (p.title.as_str(), p.role.as_str()));
            assert_eq!(found, *expected, "{sentence}");
        }
    }

    #[test]
    fn organisations_with_transliterated_names() {
        let seg = Segmenter::new(&[]);
        let cases: &[(&str, &[&str])] = &[
            (
                "后来她注册成立了达茂旗乌日根菊拉养殖合作社,牛羊肉也有了稳定的客源。",
                &["达茂旗乌日根菊拉养殖合作社", "达茂旗"],
            ),
            (
                "在察右前旗鑫悦马铃薯种植基地,农机来回翻地",
                &["察右前旗鑫悦马铃薯种植基地", "察右前旗"],
            ),
            ("合作社提前和薯都凯达公司签了种植合同", &["凯达公司"]),
            (
                "在深能北方(鄂托克前旗)能源开发有限公司厂区,工人们正在调试",
                &["深能北方(鄂托克前旗)能源开发有限公司", "鄂托克前旗"],
            ),
            // A direction after a name's piece is the firm's name.
            (
                "8月7日,在包头常铝北方铝业有限责任公司生产车间,铝卷被延展成铝箔。",
                &["常铝北方铝业有限责任公司"],
            ),
            // A verb before the name leads into it.
            ("建成了马铃薯种植基地", &["马铃薯种植基地"]),
            // A bracketed place inside the name is part of it; the verb
            // before leads into it.
            (
                "当日,记者们首先来到中材锂膜(内蒙古)有限公司。",
                &["中材锂膜(内蒙古)有限公司"],
            ),
            // So does a copula after a person's name.
            (
                "1985年出生的魏建明是扎赉特旗魏佳米业有限责任公司的经理。",
                &["扎赉特旗魏佳米业有限责任公司", "扎赉特旗"],
            ),
            // A school's number is part of its name, and so is a branch
            // it opened (二分校).
            (
                "续建的3所学校分别是南门外小学二分校、呼和浩特市第39中学分校和大厂小学改建幼儿园",
                &["南门外小学二分校", "呼和浩特市第39中学分校", "大厂小学"],
            ),
            ("包头市第九中学和第二小学", &["包头市第九中学", "第二小学"]),
            // What a count counts is no name (2栋数据中心).
            ("建设2栋数据中心及1栋动力中心。", &[]),
            ("新建3座污水处理厂和两所学校", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(places(&seg, text), *expected, "{text}");
        }
    }

    #[test]
    fn short_names_of_organisations() {
        let seg = Segmenter::new(&[]);
        let cases: &[(&str, Option<&str>)] = &[
            ("鑫悦马铃薯种植基地", Some("鑫悦基地")),
            ("乌日根菊拉养殖合作社", Some("乌日根菊拉合作社")),
            ("芒赉畜牧专业合作社", Some("芒赉合作社")),
            ("马铃薯种植基地", None),
            ("凯达公司", None),
            ("深能北方(鄂托克前旗)能源开发有限公司", Some("深能北方")),
            // (A province is no part of the name.)
            ("内蒙古瀚海半导体有限公司", None),
        ];
        for (name, expected) in cases {
            assert_eq!(short_name(&seg, name).as_deref(), *expected, "{name}");
        }
    }

    #[test]
    fn numbered_schools_as_readers_name_them() {
        assert_eq!(school_short("乌海市第十九中学"), ["十九中"]);
        assert_eq!(school_short("海南区第二幼儿园"), ["二幼", "海南区二幼"]);
        assert_eq!(school_short("阿拉善左旗第八小学"), ["八小"]);
        assert!(school_short("内蒙古师范大学附属阿拉善中学").is_empty());
        assert!(school_short("第三中学校").is_empty());
    }

    #[test]
    fn firms_as_readers_name_them() {
        let is_place = |p: &str| ["赤峰", "包头", "包头市"].contains(&p);
        let cases: &[(&str, Option<&str>)] = &[
            ("内蒙古瀚海半导体有限公司", Some("瀚海半导体")),
            ("赤峰金通铜业有限公司", Some("金通铜业")),
            ("广厦石油集团有限公司", Some("广厦石油集团")),
            ("包头市铁路有限公司", None),
            ("凯达公司", None),
            ("马铃薯种植基地", None),
        ];
        for (name, expected) in cases {
            assert_eq!(firm_name(name, &is_place).as_deref(), *expected, "{name}");
        }
    }

    #[test]
    fn trade_names_of_firms() {
        let seg = Segmenter::new(&[]);
        let is_place = |p: &str| ["乌兰察布", "包头", "乌海"].contains(&p);
        let cases: &[(&str, Option<&str>)] = &[
            ("京运通新材料产业园", Some("京运通")),
            ("星波稀材新材料(包头)有限公司", Some("星波稀材")),
            ("宏福乌兰察布农业有限公司", Some("宏福")),
            ("乌兰察布宏福现代农业产业园", Some("宏福")),
            ("蒙牛乳业", Some("蒙牛")),
            // A common word, and no trade at all.
            ("远景科技集团", None),
            ("乌海新材料产业园", None),
            ("明武水稻种植专业合作社", None),
            ("中国农业银行", None),
            ("重点铝产业项目", None),
            ("小庙子村经济发展项目", None),
        ];
        for (name, expected) in cases {
            assert_eq!(
                trade_name(&seg, name, &is_place).as_deref(),
                *expected,
                "{name}"
            );
        }
    }

    #[test]
    fn places_on_the_map_read_by_character() {
        let seg = Segmenter::new(&[]);
        let cases: &[(&str, &[&str])] = &[
            // A transliterated head the dictionary cuts oddly.
            ("芒来嘎查成立了合作社。", &["芒来嘎查"]),
            (
                "宝日嘎查在旗所在地哈日额尔格镇以北30公里处,是巴音苏木12个牧业嘎查之一。",
                &["宝日嘎查", "哈日额尔格镇", "巴音苏木"],
            ),
            // A place inside another: each on its own.
            (
                "初冬走在镶黄旗新宝拉格镇的街上。",
                &["镶黄旗", "新宝拉格镇"],
            ),
            (
                "喀喇沁旗王爷府镇喇嘛地村的大棚连成了片。",
                &["喀喇沁旗", "王爷府镇", "喇嘛地村"],
            ),
            // An ending right after a place holds it.
            ("阿尔山口岸每年开放。", &["阿尔山", "阿尔山口岸"]),
            // Test page 80: right after a place, a function word after one
            // syllable is the name's (恩和, not 和 joining 恩 to it).
            (
                "内蒙古自治区额尔古纳市恩和俄罗斯族民族乡。",
                &["恩和俄罗斯族民族乡"],
            ),
            ("如今的恩和乡是著名的旅游目的地。", &["恩和乡"]),
            ("单日进出境车辆均为口岸历史最高。", &[]),
            // A village named after a mountain is one name.
            ("喀喇沁旗马鞍山村坐落在山峰下。", &["喀喇沁旗", "马鞍山村"]),
            // Characters that are words elsewhere are syllables of names.
            (
                "额布都格口岸离牛家营子镇很远。",
                &["额布都格口岸", "牛家营子镇"],
            ),
            // Right after a place, a word of the dictionary before
            // syllables it does not have is the name's.
            (
                "芍药花起伏如海,阿荣旗得力其尔鄂温克族乡鼓荡着丰收的气息。",
                &["阿荣旗", "得力其尔鄂温克族乡"],
            ),
            // Counts, pronouns and words of the dictionary are no names.
            ("全旗51个嘎查,每个嘎查都有合作社。", &[]),
            ("这个村的村民在超市买菜,推进乡村振兴。", &[]),
            (
                "麻黄洼村作为四子王旗乡村振兴示范村,覆盖113个苏木乡镇。",
                &["麻黄洼村", "四子王旗"],
            ),
            ("在全国粮食主产区首次实现,是资源型缺水地区。", &[]),
            // A village named right after its town, which the dictionary
            // reads across the town's ending (镇南, 镇前).
            // The village's name runs to its ending, whatever the
            // dictionary makes of its syllables (珠日|和).
            (
                "专家在钱家店镇南珠日和嘎查测产。",
                &["钱家店镇", "南珠日和嘎查"],
            ),
            (
                "最高产量出在钱家店镇前西艾力村。",
                &["钱家店镇", "前西艾力村"],
            ),
            // Syllables the dictionary does not have are no verb, whatever
            // part of speech the segmenter guesses for them (花吐).
            (
                "测产在科左中旗花吐古拉镇进行。",
                &["科左中旗", "花吐古拉镇"],
            ),
            (
                "牧民住在扎鲁特旗巴雅尔图胡硕镇。",
                &["扎鲁特旗", "巴雅尔图胡硕镇"],
            ),
            // A peak; 高峰 and 调峰, words of the dictionary, name none.
            ("才能登上有“世界沙漠珠峰”之称的必鲁图峰。", &["必鲁图峰"]),
            ("口岸迎来客流高峰,电站参与电网调峰。", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(map_places(&seg, text), *expected, "{text}");
        }
    }

    #[test]
    fn names_with_no_surname_that_the_story_repeats() {
        let text = "清晨5点，护边员嘎达已穿戴整齐。嘎达骑上摩托车。“绝不能马虎。”嘎达拍了拍车座。\
                    34岁的蒙古族牧民乌伊汗带着一身寒气走进温室。乌伊汗和丈夫生活在牧场。在乌伊汗家，\
                    羊羔用奶瓶喂大。牧民收入增加，收入翻番，收入稳定。\
                    每年牧民把骆驼放养到沙漠中，再把骆驼赶出，把骆驼转入冬季牧场。\
                    32岁的冷藏车司机毕德日雅驾车驶入园区。货主是毕德日雅的姐姐。毕德日雅说。";
        let names: Vec<String> = recurring(text, &|w| w == "收入")
            .into_iter()
            .map(|p| p.printed)
            .collect();
        assert_eq!(names, ["牧民乌伊汗", "护边员嘎达", "司机毕德日雅"]);
    }

    #[test]
    fn people_named_with_their_family() {
        let cases: &[(&str, &[&str])] = &[
            (
                "去年脱贫的宝音特古色和妻子早上6点就到地里掰玉米了。",
                &["宝音特古色"],
            ),
            ("村民王守政和妻子在地里。", &["王守政"]),
            // (No name: a pronoun, a kind of people.)
            ("他和妻子在地里。", &[]),
            ("年轻夫妇都回来了。", &[]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(with_kin(sentence), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_role_said_of_someone_after_their_name() {
        // (sentence, name, (title, role) found)
        type Case<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);
        let cases: &[Case] = &[
            (
                "王明是巴彦淖尔市五原县民泰农贸有限责任公司总经理,也是地道的五原人。",
                "王明",
                Some(("巴彦淖尔市五原县民泰农贸有限责任公司总经理", "总经理")),
            ),
            (
                "据介绍，胡亚军是二卡社区党支部书记。",
                "胡亚军",
                Some(("二卡社区党支部书记", "党支部书记")),
            ),
            // What someone is besides a role, and a name inside a clause.
            ("王明是地道的五原人。", "王明", None),
            ("记者见到王明是在厂长办公室。", "王明", None),
            ("王明是厂长。", "王明", Some(("厂长", "厂长"))),
        ];
        for (sentence, name, expected) in cases {
            let found = role_stated(sentence, name);
            let found = found.as_ref().map(|p| (p.title.as_str(), p.role.as_str()));
            assert_eq!(found, *expected, "{sentence}");
        }
    }

    #[test]
    fn people_introduced_by_age_nickname_or_what_they_are_called() {
        type Introduced<'a> = &'a [(&'a str, Option<&'a str>)];
        let cases: &[(&str, Introduced)] = &[
            (
                "今年50岁的韩建军就是在高海龙帮助下种上葵花的。",
                &[("韩建军", None)],
            ),
            (
                "“85后”赵龙以前在城里打工,看到村里种植业势头好,返乡当了村党支部副书记。",
                &[("赵龙", Some("村党支部副书记"))],
            ),
            ("今年50岁的他还在干。", &[]),
            ("23岁的小亮是赛马迷,也是一名新骑手。", &[("小亮", None)]),
            ("3岁的小羊跑了。", &[]),
            (
                "35岁的李恒是康巴什区的一名上班族，在他的记忆中……",
                &[("李恒", Some("康巴什区的一名上班族"))],
            ),
            // Test page 44: a name given as what someone is called.
            (
                "与这些治沙英雄一道治沙的还有一位人物叫谢海荣。",
                &[("谢海荣", None)],
            ),
            ("有个小伙子叫李明，今年刚毕业。", &[("李明", None)]),
            ("这种做法叫做订单农业。", &[]),
            // Test page 55: a name opening the sentence, said to be one
            // of a kind.
            (
                "“人明显多了好多,我们更忙了。”赵炯是二连出入境边防检查站的一名移民管理警察,每天8点站上查验台。",
                &[("赵炯", Some("二连出入境边防检查站的一名移民管理警察"))],
            ),
            ("王者是一名好手。", &[]),
            ("这是一名老牧民。", &[]),
        ];
        for (sentence, expected) in cases {
            let expected: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(n, r)| (n.to_string(), r.map(str::to_string)))
                .collect();
            assert_eq!(introduced(sentence), expected, "{sentence}");
        }
    }

    #[test]
    fn a_role_is_in_one_list_once() {
        let all: Vec<&str> = ROLES.iter().chain(PLAIN_ROLES).copied().collect();
        for (i, r) in all.iter().enumerate() {
            assert!(!all[..i].contains(r), "{r} twice");
        }
    }

    #[test]
    fn speakers_without_a_role() {
        let cases: &[(&str, &[&str])] = &[
            (
                "“今年收成不错,一亩地预计能产500斤。”李子元说。",
                &["李子元"],
            ),
            ("“跟着书记干,我们有信心!”恩和巴图说。", &["恩和巴图"]),
            ("“他们更爱逛街。”饭店店员李丽霞说", &["李丽霞"]),
            // 商 is a word as often as a surname: only a role tells.
            ("“他们更爱逛街。”饭店店员商丽霞说", &[]),
            ("“这是好事。”他说。", &[]),
            ("“这是好事。”大家说。", &[]),
            ("“这是好事。”村民们说。", &[]),
            ("牧民说,草场变大了。", &[]),
            // A role's last character is no surname.
            (
                "阿尔山市政府外事办公室副主任孟悦说,过去来阿尔山的多是官员",
                &[],
            ),
            ("“这是好事。”,主任孟悦说", &[]),
            ("据介绍,项目已经完工。", &[]),
            // According to someone named after 据, not a body or a group.
            ("据胖小介绍,他以前要去通辽市的牛市卖牛。", &["胖小"]),
            ("据旗农牧局介绍,项目已经完工。", &[]),
            ("据牧民说,草场变大了。", &[]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(speakers(sentence), *expected, "{sentence}");
        }
    }
}
