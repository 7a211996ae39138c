//! Names in a question that the reading does not account for: an unknown
//! place or body, one another story is about, a slot or role the point does
//! not fill.

use std::sync::LazyLock;

use crate::knowledge::{FactKind, KnowledgeBase};
use crate::text::{SEP, is_han, is_stop_char};

use crate::engine::evidence::Found;
use crate::engine::index::{Index, Target, Trigger};

use super::Part;
use super::point::{AGE_NOUNS, is_measure};
use super::question::{ABROAD, CITIES, Cue, Question, is_numeral};

/// Characters that end the names of places and bodies: 湖, 县, 公司 (the
/// places' first, as [`PLACE_ENDS`] takes them).
pub(super) const NAME_ENDS: &[char] = &[
    '湖', '海', '山', '河', '县', '旗', '区', '市', '镇', '乡', '村', '盟', '省', '州', '岛', '司',
    '团', '院', '校', '学', '行', '站', '厂', '场', '馆', '园', '所', '局',
];

/// The characters of [`NAME_ENDS`] that end the names of places: those
/// before the first that ends a body's (司).
const PLACE_ENDS: &[char] = NAME_ENDS.split_at(15).0;

/// Runs of three characters or more that nothing explains and that end
/// as a name of a place or body does (乌梁素海): a place or body the story
/// does not mention.
///
/// Words of the story (its overview's, another point's) count as
/// unexplained here in the name of a place the story never prints whole
/// (贝尔湖, whose 贝尔 is 呼伦贝尔's and 湖 呼伦湖's); not in a body's,
/// which a question may describe by them (那个玉米公司).
pub(super) fn unknown_names(
    q: &Question,
    parts: &[Part],
    says: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for i in 0..=parts.len() {
        let open = i < parts.len()
            && matches!(
                parts[i],
                Part::Unknown | Part::Other | Part::Context | Part::Sibling
            )
            && !q.function[i];
        match (open, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                // (杭锦后旗双庙镇, 二道桥镇: a numeral may open a place's name.)
                let s = if i - s == 2
                    && PLACE_ENDS.contains(&q.chars[i - 1])
                    && s > 0
                    && "一二三四五六七八九十双两".contains(q.chars[s - 1])
                    && !matches!(parts[s - 1], Part::Point | Part::Story)
                {
                    s - 1
                } else {
                    s
                };
                let run = &parts[s..i];
                let story_words = |p: &Part| matches!(p, Part::Context | Part::Sibling);
                // (洱海是哪一年开始禁渔的: a lake or sea of two characters
                // that opens the question is its subject.)
                let lake = s == 0 && i == 2 && matches!(q.chars[1], '湖' | '海');
                if (i - s >= 3 || lake)
                    && NAME_ENDS.contains(&q.chars[i - 1])
                    && q.weight[s] >= 1.0
                    && (!run.iter().any(story_words)
                        || PLACE_ENDS.contains(&q.chars[i - 1]) && !says(&q.text((s, i))))
                {
                    out.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Names of three characters that end as a lake, sea, mountain, river or
/// island's does (青海湖, 大青山) and whose last two characters the story
/// never prints: a place other than the story's, though it may print the
/// first two (青海, a province the river flows through).
pub(super) fn unsaid_features(q: &Question, says: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
    (2..q.len())
        .filter(|&e| matches!(q.chars[e], '湖' | '海' | '山' | '河' | '岛'))
        .filter(|&e| {
            // (Not a name the bot knows, or knows through a slip: 达赉湖, an
            // alias, 呼论湖; nor the place's part: 湖岸, 山上, 河段.)
            (e - 2..e).all(|i| !q.function[i] && crate::text::is_han(q.chars[i]))
                && !q.found.iter().any(|f| f.start <= e && e < f.end)
                && !q
                    .chars
                    .get(e + 1)
                    .is_some_and(|c| "岸边畔里内外水区上下底道段口心中拔域泊湖".contains(*c))
                && !says(&q.text((e - 2, e + 1)))
                // (The story may print the two characters in another name,
                // 西居延海湖盆; a word of the story before the ending, 青海,
                // names the place as well.)
                && (!says(&q.text((e - 1, e + 1)))
                    || q.found.iter().any(|f| f.end == e && f.start + 2 <= e))
        })
        .map(|e| (e - 2, e + 1))
        .collect()
}

/// Words for a body, at the end of its name (农业大学, 肿瘤医院).
pub(super) const BODIES: &[&str] = &[
    "大学",
    "学院",
    "医院",
    "中学",
    "小学",
    "学校",
    "公司",
    "集团",
    "银行",
    "合作社",
    "研究院",
    "研究所",
    "幼儿园",
    "企业",
    // 三盛公水利枢纽, of a story on 海勃湾水利枢纽: works and venues named
    // the same way.
    "水利枢纽",
    "电站",
    "博物馆",
    "图书馆",
    "机场",
    // 腾格里沙漠, of a story on 巴丹吉林沙漠: places named the same way.
    "沙漠",
    "草原",
    // 科尔沁沙地, of a story on 浑善达克沙地.
    "沙地",
    "湿地",
];

/// Words for a body at the end of a name that opens with a scope word
/// (内蒙古农信信息科技中心): the body's own name, not a scope; too common
/// a word alone (中心) to tell one body from another as [`BODIES`] do.
const NAMED_BODIES: &[&str] = &["中心", "委员会", "协会", "科学院", "海关"];

/// Words for a place at the end of its name, which a story may name in
/// any of its points (贝尔湖, of a story on 呼伦湖; 策克口岸, of one on
/// 甘其毛都口岸).
const PLACE_BODIES: &[&str] = &["湖", "口岸"];

/// [`BODIES`], then [`PLACE_BODIES`], in one automaton: a question is
/// scanned once for all.
static BODY_WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(BODIES.iter().chain(PLACE_BODIES))
            .expect("body words build an automaton")
    });

/// Unexplained runs of two to six characters right before a word for a
/// body that the reading's text does not print with them: the name of a
/// body the story does not mention (内蒙古农业大学, where the story names
/// 内蒙古大学). A place (a lake, a port) is known when `story_says` it,
/// and its name may be of the story's words.
pub(super) fn unknown_bodies(
    q: &Question,
    parts: &[Part],
    text: &str,
    story_says: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    // Every body word ends in one of these: most questions name none.
    if !q.normalized.contains([
        '学', '院', '司', '团', '行', '社', '所', '园', '业', '漠', '原', '湖', '岸', '纽', '站',
        '馆', '场', '地',
    ]) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in BODY_WORDS.find_overlapping_iter(q.normalized) {
        let k = m.pattern().as_usize();
        let place = k >= BODIES.len();
        let body = if place {
            PLACE_BODIES[k - BODIES.len()]
        } else {
            BODIES[k]
        };
        let at = m.start();
        let end = q.normalized[..at].chars().count();
        let mut start = end;
        // (In a place's name, a word on its own between unknown ones
        // stands inside it: 腾格里沙漠, 满都拉口岸. Not one that joins
        // words: 拨给医院, 研发钱的大学.)
        let unknown = |i: usize| !q.function[i] && matches!(parts[i], Part::Unknown | Part::Other);
        let named_place = place || matches!(body, "沙漠" | "草原" | "沙地" | "湿地");
        let inner = |i: usize| {
            !q.function[i]
                || named_place
                    && i > 0
                    && unknown(i - 1)
                    && !"的是了在给到把被对跟和与及从向".contains(q.chars[i])
        };
        // (A place's name may be made of the story's words: 贝尔湖, of
        // 呼伦贝尔.)
        while start > 0
            && end - start < 6
            && (matches!(parts[start - 1], Part::Unknown | Part::Other)
                || place && parts[start - 1] == Part::Context
                || q.function[start - 1])
            && inner(start - 1)
        {
            start -= 1;
        }
        if end - start < 2 || q.weight[start] < 1.0 {
            continue;
        }
        let name: String = q.chars[start..end].iter().collect();
        let whole = format!("{name}{body}");
        if !(text.contains(&whole) || place && story_says(&whole)) {
            out.push((start, end));
        }
    }
    out
}

/// Whether a story mentions a place of its region by `name` or by
/// another of its names: a short name writes some of the full name's
/// characters in order (察右后旗, 察哈尔右翼后旗; 兴和, 兴和县).
pub(super) fn mentions_place(kb: &KnowledgeBase, topic: usize, region: usize, name: &str) -> bool {
    let Some(t) = kb.topics.get(topic) else {
        return true;
    };
    let within = |short: &str, long: &str| {
        let mut rest = long.chars();
        short.chars().all(|c| rest.any(|l| l == c))
    };
    let first = name.chars().next();
    let region = kb.regions.get(region);
    // (伊旗 of a story on 伊金霍洛: the place's other names.)
    let groups = || {
        region
            .into_iter()
            .flat_map(|r| &r.other_names)
            .filter(|g| g.iter().any(|p| p == name))
    };
    let others = groups().flatten();
    let names = region
        .into_iter()
        .flat_map(|r| &r.places)
        .filter(|p| {
            p.as_str() == name || p.chars().next() == first && (within(name, p) || within(p, name))
        })
        .chain(others);
    // (锡盟太旗, of 太仆寺旗: a banner's short name keeps its first and
    // last characters, whether or not regions.toml lists it.)
    let name_chars: Vec<char> = name.chars().collect();
    let shortened = |text: &str| {
        let (Some(&head), Some(&last)) = (name_chars.first(), name_chars.last()) else {
            return false;
        };
        if name_chars.len() < 3 || !"旗县区".contains(last) {
            return false;
        }
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len()).any(|i| {
            chars[i] == head
                && (i + 2..(i + name_chars.len()).min(chars.len())).any(|e| {
                    chars[e - 1] == last && within(&chars[i..e].iter().collect::<String>(), name)
                })
        })
    };
    // (乌拉特前旗, of a story of 巴彦淖尔 that says 前旗: within its
    // region a banner goes by its last two characters, 前旗 中旗 后旗, where
    // no other place of the region ends so; not the 前旗 of 鄂托克前旗.)
    let group: Vec<&str> = groups()
        .next()
        .map_or_else(|| vec![name], |g| g.iter().map(String::as_str).collect());
    let official = group[0];
    let tail: Option<String> = {
        let chars: Vec<char> = official.chars().collect();
        (chars.len() >= 4 && chars.ends_with(&['旗']) && "前中后".contains(chars[chars.len() - 2]))
            .then(|| chars[chars.len() - 2..].iter().collect())
    };
    let tail = tail.filter(|tail| {
        region.is_some_and(|r| {
            r.places
                .iter()
                .filter(|p| p.ends_with(tail.as_str()))
                .all(|p| group.contains(&p.as_str()))
        })
    });
    let by_tail = |text: &str| {
        tail.as_deref().is_some_and(|tail| {
            text.match_indices(tail).any(|(at, _)| {
                let before = &text[..at + tail.len()];
                !kb.regions.iter().flat_map(|r| &r.places).any(|p| {
                    p.len() > tail.len()
                        && !group.contains(&p.as_str())
                        && before.ends_with(p.as_str())
                })
            })
        })
    };
    let says = |text: &str| {
        text.contains(name)
            || names.clone().any(|p| text.contains(p.as_str()))
            || shortened(text)
            || by_tail(text)
    };
    says(&t.title)
        || says(&t.answer)
        || t.places.iter().chain(&t.keywords).any(|p| says(p))
        || t.facts
            .iter()
            .any(|f| says(&f.answer) || f.keywords.iter().any(|k| says(k)))
}

/// Words that ask which place of a kind, with the characters that end a
/// name of that kind (旗 and 县 are one level in Inner Mongolia).
pub(super) const SLOTS: &[(&str, &[char])] = &[
    ("哪个旗", &['旗', '县']),
    ("哪个旗县", &['旗', '县']),
    ("哪个县", &['县', '旗']),
    ("哪个区", &['区']),
    ("哪个乡", &['乡', '镇']),
    ("哪个镇", &['镇', '乡']),
    ("哪个村", &['村']),
    // 家在哪个嘎查: 布鲁和木德勒嘎查; 在哪条街: 达尔罕街南.
    ("哪个嘎查", &['查']),
    ("哪个苏木", &['木']),
    ("哪条街", &['街']),
    // 口岸北面挨着蒙古国哪个省: 与蒙古国南戈壁省接壤.
    ("哪个省", &['省']),
    ("城市", &['市']),
];

/// Whether the away word at `span` asks a place of a kind that `text`
/// names, or a position (位置) that it tells. A county or a village asked of a point is named anywhere in it
/// (科左中旗); a city only where the text says something happened in it,
/// the question's next words after it (在呼和浩特市开幕), so that a city
/// the text names in passing (巴彦淖尔市科技成果转化中心) answers no
/// 江南大学在哪个城市.
pub(super) fn slot_filled(q: &Question, (s, e): (usize, usize), text: &str) -> bool {
    let word: String = q.chars[s..e].iter().collect();
    // 数据中心在新区哪个位置: where a text says something lies (位于云谷
    // 片区西南端) fills the position asked.
    // (大河湾示范区处在什么地理位置, of 大河湾示范区所处的大兴安岭东南麓.)
    if word.ends_with("位置") {
        return ["位于", "地处", "坐落", "所处", "地理位置"]
            .iter()
            .any(|w| text.contains(w));
    }
    let Some((_, ends)) = SLOTS.iter().find(|(w, _)| *w == word) else {
        return false;
    };
    let chars: Vec<char> = text.chars().collect();
    // (东地村: a name may hold a character that is mostly a particle.)
    // (乌兰乡北村: a name of one character after the place above it.)
    let under_a_place = |k: usize| {
        SLOT_ENDS.contains(&chars[k - 2])
            && chars[k - 2] != chars[k]
            && is_han(chars[k - 1])
            && !SLOT_ENDS.contains(&chars[k - 1])
            && !is_stop_char(chars[k - 1])
    };
    let named = |k: usize| {
        k >= 2
            && ends.contains(&chars[k])
            && !(chars[k] == '区'
                && (NOT_DISTRICTS.contains(&[chars[k - 2], chars[k - 1]])
                    || NOT_DISTRICT_ENDS.contains(&chars[k - 1])))
            && (chars[k - 2..k]
                .iter()
                .all(|&c| is_han(c) && !SLOT_ENDS.contains(&c))
                && chars[k - 2..k].iter().any(|&c| !is_stop_char(c))
                || under_a_place(k))
    };
    if word != "城市" {
        return (0..chars.len()).any(named);
    }
    // 第一班中欧班列从苏州发来: a city of elsewhere, come from or gone to
    // (or sold to: 远销北京、沈阳等地)
    // (在印度新德里举行: its country may stand before it).
    let from_city = CITIES.iter().any(|c| {
        text.match_indices(c).any(|(at, _)| {
            let before = &text[..at];
            let before = ABROAD
                .iter()
                .find_map(|country| before.strip_suffix(country))
                .unwrap_or(before);
            [
                "从", "在", "自", "到", "赴", "来自", "直至", "直达", "抵达", "前往", "发往",
                "开往", "运往", "远销", "销往", "卖到", "销到",
            ]
            .iter()
            .any(|w| before.ends_with(w))
        })
    });
    if from_city {
        return true;
    }
    // 来自蒙古国东戈壁省扎门乌德市的格日乐图雅: a city named with 市, the
    // place someone comes from. (So is one 从 names, asked 从哪个城市过来:
    // 从俄罗斯后贝加尔边疆区博尔贾市经满洲里海关入境.)
    let asks_from = q.normalized.contains('从');
    let come_from = (0..chars.len()).any(|k| {
        chars[k] == '市' && named(k) && {
            let before = &chars[k.saturating_sub(16)..k];
            before.windows(2).any(|w| w == ['来', '自'])
                || asks_from
                    && before
                        .iter()
                        .rposition(|&c| c == '从')
                        .is_some_and(|i| !before[i..].iter().any(|c| "，。；、,;".contains(*c)))
        }
    });
    if come_from {
        return true;
    }
    // The question's first two characters after the slot (开幕).
    let after: Vec<char> = q.chars[e..]
        .iter()
        .copied()
        .filter(|&c| is_han(c))
        .take(2)
        .collect();
    if after.len() < 2 {
        return false;
    }
    // 要把哪座城市建成…基地, of 包头市市长张锐表示，包头要全力建成…: a
    // clause that opens with a city the text names with 市 elsewhere, and
    // goes on to the question's next words.
    let next: String = after.iter().collect();
    let opens_with_city = text.match_indices(next.as_str()).any(|(at, _)| {
        let clause = text[..at]
            .rsplit(['，', '。', '；', '：', ',', ';'])
            .next()
            .unwrap_or("");
        let head: Vec<char> = clause.chars().collect();
        head.len() <= 8
            && (2..=4.min(head.len())).any(|n| {
                let city: String = head[..n].iter().collect();
                text.contains(&format!("{city}市"))
            })
    });
    opens_with_city
        || (0..chars.len()).any(|k| {
            named(k)
                && chars[..k]
                    .iter()
                    .rev()
                    .take(8)
                    .any(|&c| c == '在' || c == '于')
                && chars[k + 1..].starts_with(&after)
        })
}

/// Characters that end names of places of a kind.
/// What ends in 区 and is no district (内蒙古自治区, 明珠社区, 产业园区):
/// the two characters before it as text prints them, or the one before
/// it with any other.
const NOT_DISTRICTS: &[[char; 2]] = &[['自', '治'], ['示', '范'], ['保', '护']];
const NOT_DISTRICT_ENDS: &[char] = &[
    '社', '景', '园', '校', '片', '辖', '展', '赛', '牧', '小', '地',
];

pub(super) const SLOT_ENDS: &[char] = &['旗', '县', '区', '乡', '镇', '村', '市'];

/// Keywords of three characters or more that name another story and end
/// as a name of a place or body does (呼伦湖, 成都七中), when nothing of
/// the reading explains them.
pub(super) fn other_story_names<'q>(
    index: &'q Index,
    q: &'q Question,
    parts: &'q [Part],
    topic: usize,
) -> impl Iterator<Item = (usize, usize)> + 'q {
    q.found.iter().filter_map(move |f| {
        let spelled = index.pattern_chars(f.pattern);
        let name = spelled.len() >= 3 && spelled.last().is_some_and(|c| NAME_ENDS.contains(c));
        let other = index
            .triggers(f.pattern)
            .iter()
            .any(|t| !t.shared && matches!(t.target, Target::Topic(x) if x != topic));
        let open = parts[f.start..f.end]
            .iter()
            .all(|p| matches!(p, Part::Other | Part::Unknown));
        (name && other && open && q.weight[f.start] >= 1.0).then_some((f.start, f.end))
    })
}

/// Keywords that name a person another story has a point on (赵辉, of
/// 护湖人赵辉), when nothing of the reading explains them: their spans and
/// that story.
pub(super) fn other_story_people<'q>(
    kb: &'q KnowledgeBase,
    index: &'q Index,
    q: &'q Question,
    parts: &'q [Part],
    topic: usize,
) -> impl Iterator<Item = (usize, usize, usize)> + 'q {
    q.found.iter().filter_map(move |f| {
        let open = parts[f.start..f.end]
            .iter()
            .all(|p| matches!(p, Part::Other | Part::Unknown));
        if !open || f.fuzzy || q.weight[f.start] < 1.0 {
            return None;
        }
        // (Their name, which their label ends with: not a role of it, 局长
        // of 林草局局长图布新. Spelled only for a keyword of another story's
        // person: most keywords are none.)
        let person = |t: &Trigger| match t.target {
            Target::Fact(x, y) if x != topic && !t.echo => kb
                .topics
                .get(x)
                .and_then(|s| s.facts.get(y))
                .filter(|fact| fact.kind == FactKind::Person)
                .map(|fact| (x, fact)),
            _ => None,
        };
        let triggers = index.triggers(f.pattern);
        triggers.iter().find_map(person)?;
        let spelled: String = index.pattern_chars(f.pattern).iter().collect();
        if ROLES.contains(&spelled.as_str()) {
            return None;
        }
        triggers
            .iter()
            .filter_map(person)
            .find(|(_, fact)| fact.label.ends_with(&spelled))
            .map(|(x, _)| (f.start, f.end, x))
    })
}

/// Roles whose holder a question may ask the name of.
pub(crate) const ROLES: &[&str] = &[
    "校长",
    "书记",
    "院长",
    "局长",
    "主任",
    "老师",
    "经理",
    "老板",
    "董事长",
    "负责人",
    "创始人",
    "所长",
    "主管",
    "社长",
    "厂长",
    "站长",
    "村长",
    "主席",
    "专家",
    "馆长",
    "副馆长",
    "关长",
    "科长",
    "处长",
    "旗长",
    "县长",
    "市长",
    "盟长",
    "园长",
    "队长",
    "嘎查长",
    "会长",
    "理事长",
    "秘书长",
    "总经理",
    "监事",
    "副院长",
    "副校长",
    "副主任",
    "副局长",
    "教练",
    "主教练",
    "领队",
    "组长",
    "团长",
    "部长",
    "厅长",
    "镇长",
    "乡长",
    "区长",
    "总监",
    "总工程师",
    "总裁",
    "店长",
    "行长",
    // 那辆越野车的司机叫什么名字: someone a story may name by what they do
    // there, and often does not.
    "司机",
    "驾驶员",
    "车主",
    "船长",
    "机长",
    "嫌疑人",
    // 搏克比赛冠军是谁: who won.
    "冠军",
    "亚军",
    "季军",
    "第一名",
];

/// Whether the question asks the name of a role's holder (校长叫什么).
pub(super) fn asks_name_of_role(q: &Question) -> bool {
    role_asked(q).is_some()
}

/// The role whose holder's name is asked (馆长 of 馆长叫什么), as a span
/// of the question, with its 副 (副书记).
pub(super) fn role_asked(q: &Question) -> Option<(usize, usize)> {
    q.cues
        .iter()
        .filter(|c| c.0 == Cue::NameAsk)
        .find_map(|&(_, at, _)| {
            q.cues
                .iter()
                .find(|&&(cue, _, end)| cue == Cue::Role && end <= at && at - end <= 2)
                .map(|&(_, start, end)| {
                    let deputy = start > 0 && q.chars[start - 1] == '副';
                    (start - usize::from(deputy), end)
                })
        })
}

/// Words for all of China or the world, and for all of Inner Mongolia.
pub(super) const SCOPES: &[&str] = &[
    "全国",
    "中国",
    "国内",
    "全世界",
    "世界",
    "全球",
    "内蒙古",
    "全区",
    "自治区",
    "全内蒙",
];

/// Whether a word for all of China or all of Inner Mongolia stands in the
/// question outside the reading's keywords (全国名特优新农产品 is a name).
pub(super) fn scope_outside_keywords(
    q: &Question,
    parts: &[Part],
    answer: Option<&str>,
    title: &str,
    story: Option<&crate::knowledge::Topic>,
    of_story: impl Fn(&Found) -> bool,
    names_story: impl Fn(&Found) -> bool,
) -> bool {
    q.cues
        .iter()
        .filter(|c| c.0 == Cue::Scope)
        .any(|&(_, start, end)| {
            // Inside a name it is part of the name (内蒙古大学), unless the
            // name begins with it (全国名特优新农产品: all of China's).
            // A name of the reading's story that begins with it: another
            // story's (世界 of 世界奶业大会) names nothing here, and a keyword
            // that is only the scope word names a story, not a scope.
            // (Not when the question names the story besides, apart from
            // the name: 巴丹吉林沙漠什么时候列入世界遗产名录 asks of the
            // desert.)
            let name_end = q
                .found
                .iter()
                .filter(|f| f.start == start && f.end > end && of_story(f))
                .map(|f| f.end)
                .max();
            let opens_name = name_end.is_some_and(|mut name_end| {
                // The name runs on through keywords that overlap it
                // (全国名特优新 and then 农产品).
                while let Some(e) = q
                    .found
                    .iter()
                    .filter(|g| g.start < name_end && g.end > name_end)
                    .map(|g| g.end)
                    .max()
                {
                    name_end = e;
                }
                // (内蒙古额尔敦羊业股份有限公司: a firm's or a body's own
                // name that opens with it is that body's.)
                // (内蒙古农信信息科技中心: so is a centre's, a council's.)
                let name = q.text((start, name_end));
                !BODIES.iter().chain(NAMED_BODIES).any(|b| name.ends_with(b))
                    && !q.found
                    .iter()
                    .any(|g| (g.end <= start || g.start >= name_end) && names_story(g))
                    // (中国乳都称号从哪年开始保持: a title the point says the
                    // story's place holds, “中国乳都”称号, is the place's.)
                    && !answer.is_some_and(|a| {
                        let name = q.text((start, name_end));
                        ["称号", "”称号", "之称", "”之称"]
                            .iter()
                            .any(|t| a.contains(&format!("{name}{t}")))
                    })
                    // (中国乳都又添了哪两张名片, of “中国乳都”再添两张名片:
                    // the name the title quotes is what the story is about.)
                    && !title.contains(&format!("“{}”", q.text((start, name_end))))
            });
            // Before a name the point prints (2025—2026内蒙古冰雪旅游季:
            // the point says 内蒙古自治区冰雪旅游季) it is part of the name.
            // (So before a name the story's title prints: 全国大漠健身运动
            // 会, of 乌海沙滩足球队全国大漠健身运动会夺金.)
            // (Or before a name another point of the story prints: 中国书法
            // 年展 of 征集的5072幅作品, where “中国书法·年展” is named in the
            // point before.)
            // (内蒙古社科院, of a point that prints 内蒙古自治区社会科学院: a
            // keyword of the story right after it, that the point prints
            // after the scope word by its first character, is a short name.)
            let short_name = answer.is_some_and(|a| {
                let a = crate::text::normalize(a).replace("自治区", "");
                q.found.iter().any(|f| {
                    f.start == end
                        && f.end - f.start >= 2
                        && of_story(f)
                        && a.contains(&format!("{}{}", q.text((start, end)), q.chars[end]))
                })
            });
            // (黄河内蒙古段, of a point that prints 黄河内蒙古段全长830公里:
            // between the words the point prints it between, it is part of
            // a name.)
            let between = answer.is_some_and(|a| {
                start >= 2
                    && end < q.len()
                    && crate::text::normalize(a).contains(&q.text((start - 2, end + 1)))
            });
            // (包银高铁包惠段内蒙古段有多长, of 其中内蒙古段403公里: the
            // stretch of a line within it, as the point prints it.)
            let stretch = answer.is_some_and(|a| {
                ["段", "境内"].iter().any(|w| {
                    q.text((end, (end + w.chars().count()).min(q.len()))) == *w
                        && crate::text::normalize(a)
                            .contains(&format!("{}{w}", q.text((start, end))))
                })
            });
            let point_name = short_name
                || between
                || stretch
                || answer.is_some_and(|a| names_with_scope(q, start, end, a))
                || names_with_scope(q, start, end, title)
                || story.is_some_and(|t| {
                    std::iter::once(t.answer.as_str())
                        .chain(t.facts.iter().map(|f| f.answer.as_str()))
                        .any(|a| names_with_scope(q, start, end, a))
                });
            // 今冬内蒙古推出多少条冰雪旅游线路, of 内蒙古自治区文化和旅游厅
            // 厅长…介绍，今冬全区推出…45条: the point counts for all of the
            // region too.
            let region_wide = answer.is_some_and(|a| {
                REGION_SCOPES.contains(&q.text((start, end)).as_str()) && speaks_region_wide(a)
            });
            // 俄罗斯人来中国能待几天, of 来华经商、旅游…停留不超过30天:
            // China as where one comes is the point's 华.
            let come_to_china = answer.is_some_and(|a| {
                ["中国", "国内"].contains(&q.text((start, end)).as_str())
                    && ["来华", "赴华", "访华", "在华", "入华"]
                        .iter()
                        .any(|w| a.contains(w))
            });
            opens_name
                || (!point_name
                    && !region_wide
                    && !come_to_china
                    && parts[start..end]
                        .iter()
                        .all(|p| !matches!(p, Part::Story | Part::Point))
                    && !q
                        .found
                        .iter()
                        .any(|f| f.start <= start && end <= f.end && f.end - f.start > end - start)
                    // 北京友谊医院内蒙古医院, 内蒙古大学: before the word for a
                    // body it is that body's name.
                    && !BODIES.iter().any(|b| {
                        let mut rest = q.chars[end..].iter();
                        b.chars().all(|c| rest.next() == Some(&c))
                    }))
        })
}

/// The scope words for all of Inner Mongolia.
const REGION_SCOPES: &[&str] = &["内蒙古", "全区", "自治区", "全内蒙"];

/// Whether `answer` counts for all of Inner Mongolia: it says 全区 (or
/// 全自治区) and names the autonomous region, so that 全区 is not a
/// district's (康巴什区…全区每年把财政收入的3/4用在教育上).
fn speaks_region_wide(answer: &str) -> bool {
    (answer.contains("全区") || answer.contains("全自治区"))
        && (answer.contains("内蒙古") || answer.contains("自治区"))
}

/// Whether a scope word of the question (内蒙古, start..end) stands in
/// `answer` with the two characters that follow it in the question, the
/// words for the autonomous region (自治区) aside on both sides.
pub(super) fn names_with_scope(q: &Question, start: usize, end: usize, answer: &str) -> bool {
    // (自治区 alone is kept: 自治区先进制造业集群, of a point that says
    // 内蒙古自治区先进制造业集群.)
    let word: String = q.chars[start..end].iter().collect();
    let alone = word == "自治区";
    let strip = |s: String| if alone { s } else { s.replace("自治区", "") };
    let scope = strip(word);
    // (内蒙古2025—2026冰雪旅游季, of a point that prints 2025—2026内蒙古
    // 自治区冰雪旅游季: the years the question puts between are the name's.)
    let years = q.chars[end..]
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || c == SEP || c == '年')
        .count();
    let end = end + if years >= 4 { years } else { 0 };
    let after: String = q.chars[end..(end + 2).min(q.len())]
        .iter()
        .take_while(|c| is_han(**c))
        .collect();
    // (内蒙古一共有多少个沿边口岸, 覆盖内蒙古多少亩天然草原: a count asked
    // right after it, past 一共有, is of what the point prints after its
    // figure: 内蒙古14个沿边口岸, 内蒙古10.2亿亩天然草原.)
    let counted: String = q
        .asked
        .iter()
        .find(|a| a.3 && a.0 >= end && (end..a.0).all(|i| q.function[i]))
        .map(|a| {
            q.chars[a.1..(a.1 + 3).min(q.len())]
                .iter()
                .take_while(|c| is_han(**c))
                .collect()
        })
        .unwrap_or_default();
    if scope.is_empty() || after.chars().count() < 2 && counted.chars().count() < 2 {
        return false;
    }
    // (A count between them is no other word: 内蒙古沿边口岸, of
    // 内蒙古14个沿边口岸.)
    let answer = strip(crate::text::normalize(answer));
    let mut after_scopes = std::iter::once(scope.as_str())
        .chain(printed_for(&scope).iter().copied().filter(|s| *s != scope))
        .flat_map(|s| answer.match_indices(s).map(move |(at, _)| at + s.len()));
    after_scopes.any(|after_scope| {
        // (在中国，驯鹿: a scope that opens its clause.)
        let rest = answer[after_scope..].trim_start_matches(SEP);
        // (A figure in 万 or 亿, 10.2亿亩, before what the count asks.)
        let counts = || {
            let number = leading(rest, |c| {
                crate::text::is_numeral(c) || matches!(c, '多' | '余')
            });
            number > 0
                && counted.chars().count() >= 2
                && rest[number..].starts_with(counted.as_str())
        };
        let figure = leading(rest, is_numeral);
        let rest = &rest[figure..];
        let rest = match rest.chars().next() {
            Some(c) if figure > 0 && is_measure(c) => &rest[c.len_utf8()..],
            _ => rest,
        };
        // (自治区第几名, of 以自治区第三名的成绩: the rank asked.)
        (after.chars().count() >= 2 && rest.starts_with(after.as_str()))
            || counts()
            || after == "第几"
                && rest
                    .strip_prefix('第')
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| c.is_ascii_digit() || is_numeral(c) || c == '一')
    })
}

/// The words a point may print for a scope word of the question besides
/// the word itself. 全区沿边口岸, of a point that prints 内蒙古14个沿边口岸:
/// a word for the whole autonomous region stands for its name (not the
/// other way round: a point's 全区 may be a district's). 国内驯鹿总共多少头,
/// of 在中国，驯鹿只有1300余头: the words for all of China stand for each
/// other.
fn printed_for(scope: &str) -> &'static [&'static str] {
    const COUNTRY: &[&str] = &["国内", "全国", "中国", "我国"];
    match scope {
        "全区" | "全内蒙" => &["内蒙古"],
        s if COUNTRY.contains(&s) => COUNTRY,
        _ => &[],
    }
}

/// The length in bytes of the figure `text` opens with: its digits, its
/// decimal point and the characters `also` allows.
fn leading(text: &str, also: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || also(c)))
        .map_or(text.len(), |(i, _)| i)
}

/// Words that ask which place of a kind (哪个旗), with the endings of the
/// names of that kind.
pub(super) const PLACE_ASKED: &[(&str, &[&str])] = &[
    ("城市", &["市"]),
    ("哪个市", &["市"]),
    ("哪个旗", &["旗"]),
    ("哪个旗县", &["旗", "县"]),
    ("哪个县", &["县"]),
    ("哪个区", &["区"]),
    ("哪个乡", &["乡"]),
    ("哪个镇", &["镇"]),
    ("哪个村", &["村", "嘎查"]),
    ("哪个嘎查", &["嘎查"]),
    ("哪个苏木", &["苏木"]),
    ("哪条街", &["街"]),
];

/// Whether the away word `span` asks which place of a kind, and `answer`
/// names a place of that kind (a region, a place of a region, a place of
/// the story) that the question does not name itself.
pub(super) fn names_place_asked(
    kb: &KnowledgeBase,
    topic: usize,
    q: &Question,
    span: (usize, usize),
    answer: &str,
) -> bool {
    let word = q.text(span);
    let Some((_, ends)) = PLACE_ASKED.iter().find(|(w, _)| *w == word) else {
        return false;
    };
    let story = kb.topics.get(topic).map(|t| &t.places[..]).unwrap_or(&[]);
    let names = kb
        .regions
        .iter()
        .flat_map(|r| std::iter::once(&r.full).chain(&r.places))
        .chain(story);
    let names: Vec<&String> = names.collect();
    // Where something is or happens: the place, or the chain of places it
    // ends (在巴彦淖尔市乌拉特中旗), follows 在, 到 or 位于; a place that
    // opens a name (通过巴彦淖尔市科技成果转化中心) says no such thing.
    let located = |at: usize| {
        let mut before = &answer[..at];
        loop {
            if let Some(p) = names
                .iter()
                .find(|p| p.len() < before.len() && before.ends_with(p.as_str()))
            {
                before = &before[..before.len() - p.len()];
            } else if let Some(m) = ADMIN_TAIL.find(before) {
                before = &before[..m.start()];
            } else {
                break;
            }
        }
        LOCATIVE.iter().any(|w| before.ends_with(w))
    };
    // Or the place, by its short name, qualifies what the question asks
    // about (固阳黄芪 answers 黄芪产业是哪个县的).
    let qualifies = |p: &str| {
        let short = ends.iter().find_map(|e| p.strip_suffix(e)).unwrap_or(p);
        short.chars().count() >= 2
            && !q.normalized.contains(short)
            && answer.match_indices(short).any(|(at, _)| {
                let next: String = answer[at + short.len()..].chars().take(2).collect();
                next.chars().count() == 2
                    && next.chars().all(is_han)
                    && q.normalized.contains(&next)
            })
    };
    names
        .iter()
        .filter(|p| p.chars().count() >= 3 && ends.iter().any(|e| p.ends_with(e)))
        .filter(|p| !q.normalized.contains(p.as_str()))
        .any(|p| answer.match_indices(p.as_str()).any(|(at, _)| located(at)) || qualifies(p))
}

/// A place the knowledge does not list, at the end of a text (来到乌兰浩特市
/// 乌兰哈达镇): a name that ends as a banner, town or village does.
pub(super) static ADMIN_TAIL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"[\p{Han}&&[^市盟旗县区镇乡村在到于至赴的和与]]{1,6}(?:市|盟|旗|县|区|镇|乡|苏木|嘎查)$",
    )
    .expect("place pattern")
});

/// Units of area, as figures print them.
pub(super) const AREA_UNITS: &[&str] = &["亩", "公顷", "平方公里", "平方米"];

/// Words after which a place says where something is or happens.
pub(super) const LOCATIVE: &[&str] = &[
    "在", "于", "到", "来到", "走进", "落户", "位于", "地处", "赴", "至",
];

/// Whether the question names the story's region, a place in it, or one
/// of the story's own places.
pub(super) fn names_place(kb: &KnowledgeBase, index: &Index, q: &Question, topic: usize) -> bool {
    let Some(t) = kb.topics.get(topic) else {
        return false;
    };
    q.found.iter().any(|f| {
        index.triggers(f.pattern).iter().any(|tr| match tr.target {
            Target::Region(_) | Target::RegionPlace(_) => true,
            Target::Topic(x) if x == topic => {
                let word = q.text((f.start, f.end));
                t.places.iter().any(|p| crate::text::normalize(p) == word)
            }
            _ => false,
        })
    })
}

/// Whether the question word at `at` is said of a person the knowledge has
/// a point about (赵亚凡今年多大): then 多大 asks an age. Not when it is said
/// of a thing of theirs (娜仁高娃的厂房多大: a size), unless the thing is
/// their age (年纪, 岁数).
pub(super) fn about_person(kb: &KnowledgeBase, index: &Index, q: &Question, at: usize) -> bool {
    q.found.iter().any(|f| {
        let between = q.text((f.end.min(at), at));
        if f.end > at || between.contains('的') && !AGE_NOUNS.iter().any(|w| between.contains(w)) {
            return false;
        }
        // By the person's name or title as the point prints them (赵亚凡,
        // 居民), not by a word of the story the point also holds (稀土),
        // nor by the body the title names before the role (合作社 of 新立
        // 向阳大豆种养殖专业合作社理事长李庆国: 合作社基地有多大 asks an area).
        let word = q.text((f.start, f.end));
        index.triggers(f.pattern).iter().any(|t| match t.target {
            Target::Fact(x, y) => kb
                .topics
                .get(x)
                .and_then(|t| t.facts.get(y))
                .is_some_and(|f| {
                    let name = crate::text::normalize(&f.label);
                    f.kind == FactKind::Person
                        && (name.contains(&word)
                            || f.figures.iter().any(|g| {
                                let printed = crate::text::normalize(&g.value);
                                // Where the role opens: the shortest
                                // keyword right before the name.
                                let role = f
                                    .keywords
                                    .iter()
                                    .filter(|k| **k != f.label)
                                    .filter_map(|k| {
                                        printed
                                            .rfind(&format!("{}{name}", crate::text::normalize(k)))
                                    })
                                    .max()
                                    .unwrap_or(0);
                                printed[role..].contains(&word)
                            }))
                }),
            _ => false,
        })
    })
}
