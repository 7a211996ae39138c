//! Whether the reading's point gives what the question asks: the kind of
//! datum, its unit, period, year, rank, and the body it is of.

use smallvec::SmallVec;

use crate::knowledge::{Fact, FactKind, KnowledgeBase, Topic};
use crate::text::{SEP, is_han};

use crate::engine::figures::{Amount, amounts};
use crate::engine::index::{Index, Target};
use crate::engine::lexicon;

use super::names::{BODIES, ROLES, about_person, asks_name_of_role, role_asked};
use super::premises::point_year;
use super::question::{ABROAD, AskedWord, COUNTRY_ASKS, Cue, Question, is_numeral};
use super::{Part, Reading, Weighed};

/// How far after a bare 多少 who is counted is looked for (多少出入境旅客).
const COUNTED_REACH: usize = 6;

/// Holidays a count may be of (元旦假日接待游客7.17万人次), which no
/// whole year's count is.
const HOLIDAYS: &[&str] = &[
    "假日",
    "假期",
    "黄金周",
    "小长假",
    "元旦",
    "春节",
    "国庆",
    "五一",
    "中秋",
];

/// Units of length a distance is given in (相距9公里, 30公里外).
pub(super) const LENGTH_UNITS: &[&str] = &["公里", "千米", "米"];

/// Whether a figure's value is in a unit of length (9公里, 200多米).
pub(super) fn in_length_unit(value: &str) -> bool {
    LENGTH_UNITS.iter().any(|u| value.ends_with(u))
}

/// Who a head count counts (多少学生, 几个工人).
const HEADS: &[&str] = &[
    "学生", "游客", "旅客", "工人", "员工", "职工", "居民", "牧民", "农民", "村民", "孩子",
];

/// What the reading's point leaves of what the question asks: a datum it
/// has no figure for, a unit, period, body, year, rank or name it does not
/// give. Each finding is a mismatch of `w`; some let another point of the
/// story answer instead.
#[allow(clippy::too_many_arguments)]
pub(super) fn check_point(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
    fact: &Fact,
    asked: &[AskedWord],
    wanted: &[&'static [&'static str]],
    parts: &[Part],
    w: &mut Weighed,
) {
    let n = q.len();
    let asks: SmallVec<[lexicon::Asked; 4]> = asked.iter().map(|a| a.2).collect();
    // A question word asking for a datum the reading's point has no
    // figure for (江南大学是哪一年建校的: no year) asks for something else.
    // (白云鄂博矿稀土储量有多少, of 1927年: a count is not answered by a
    // point whose every number is a year or a day, unless time is counted:
    // 驯养历史有多少年.)
    let time_counted = asked.iter().any(|&(_, e, kind, _, word)| {
        kind == lexicon::Asked::Count
            && (word.contains(['年', '月', '天', '久'])
                || ["年", "月", "天", "日", "个月", "岁", "周", "小时"]
                    .iter()
                    .any(|t| q.text((e, n.min(e + 2))).starts_with(t)))
    });
    // (世界乳业10强企业的嘉宾: 10强 ranks the firms, it counts no guests,
    // unless the question asks it: 几强.)
    let top = |v: &str| {
        !q.normalized.contains('强')
            && v.strip_suffix('强')
                .and_then(|n| n.chars().last())
                .is_some_and(|c| c.is_ascii_digit() || is_numeral(c) || c == '百')
    };
    // (A role counts nothing: 和乌云毕力格同一嘎查的牧民王胜利 has no
    // number in 同一.)
    let number = || {
        fact.figures.iter().any(|g| {
            has_number(&g.value)
                && (time_counted || !only_dates(&g.value))
                && !top(&g.value)
                && g.label != "职务"
        })
    };
    // (暑期集中改造校舍: a time of the year tells when, too, asked as
    // 什么时候; not which year or day.)
    let when_of_year = || {
        asked
            .iter()
            .any(|a| a.2 == lexicon::Asked::When && !a.4.contains(['年', '月', '日', '天', '号']))
            && TIMES_OF_YEAR.iter().any(|t| fact.answer.contains(t))
    };
    let date = || {
        fact.figures.iter().any(|g| is_date(&g.value)) || has_date(&fact.answer) || when_of_year()
    };
    // Whether the point prints the ordinal a 第几 asks (read once: the
    // ordinal check below asks it too).
    let ordinal_printed = q.has(Cue::Ordinal) && ordinal_given(q.normalized, &fact.answer);
    // 排第几 asks for a rank: 第一大 is one; 第几期 a phase, 二期.
    // (第几家, of 内蒙古首家综合保税区: the first of a kind printed without
    // a figure.)
    let ordinal = q.has(Cue::Ordinal)
        && (fact.figures.iter().any(|g| g.value.contains('第'))
            || ordinal_unit(q.normalized).is_some() && ordinal_printed);
    let wants_number = asks.contains(&lexicon::Asked::Count) && !ordinal;
    let wants_date = asks.contains(&lexicon::Asked::When);
    // (双重校验多久做一回, of 每日: how often is told by a rate in a time
    // unit, which holds no number.)
    let how_often = HOW_OFTEN.iter().any(|w| q.normalized.contains(w));
    let rate = || {
        TIME_UNITS
            .iter()
            .any(|u| fact.answer.contains(&format!("每{u}")))
    };
    if (wants_number || wants_date)
        && !(wants_number && number())
        && !(wants_date && date())
        && !(how_often && rate())
    {
        w.mismatch("kind");
        w.another_point_may = true;
        w.number_lacking = wants_number && !wants_date;
    } else if asked
        .iter()
        .any(|a| a.2 == lexicon::Asked::When && matches!(a.4, "哪天" | "哪一天" | "几号"))
        && !gives_day(fact)
        // (哪天被记者拍到: the reporter's day is the story's; so is the
        // day of what no point dates, 赵辉清理湖岸是哪天的事.)
        && !q.normalized.contains("记者")
        && kb.topics.get(reading.topic).is_some_and(|t| {
            t.facts
                .iter()
                .any(|f| gives_day(f) && !std::ptr::eq(f, fact))
        })
    {
        // 哪天恢复正常通关, of a point that dates its news by the year
        // alone (2023年…恢复通关后): the day asked is another point's.
        w.mismatch("day");
        w.another_point_may = true;
    } else if asked
        .iter()
        .any(|a| a.2 == lexicon::Asked::When && matches!(a.4, "哪年" | "哪一年" | "年份"))
        // (Any count in 年 may be one: 918年, 乾隆三十三年.)
        && !amounts(&fact.answer).iter().any(|a| a.unit == "年")
        && !fact.figures.iter().any(|g| amounts(&g.value).iter().any(|a| a.unit == "年"))
        && kb.topics.get(reading.topic).is_some_and(|t| t.date.is_none())
    {
        // 电源项目开工动员大会是哪一年开的, of a point dated 5月6日 in a
        // story whose date, and its page's, name no year: the year asked
        // is not given.
        w.mismatch("year");
        w.another_point_may = true;
    }
    // 冷水鱼养了多少, of a point whose only count is a temperature (水温
    // 常年保持在4至18摄氏度): a temperature answers a question of one.
    let temperature = |v: &str| ["摄氏度", "℃", "°C"].iter().any(|u| v.ends_with(u));
    // (Whether the point counts, and only in what `of` tells.)
    let only_counts = |of: &dyn Fn(&str) -> bool| every_count_is(fact, of);
    // 蚂蚁森林一共栽了多少, of 30公里外的乌拉特后旗巴音前达门苏木，另一场
    // “绿色革命”正在上演: a distance that places the scene counts nothing
    // a question of how many asks, only one of how far.
    let placing = |v: &str| {
        in_length_unit(v)
            && fact
                .answer
                .match_indices(v)
                .all(|(at, _)| fact.answer[at + v.len()..].starts_with(['外', '远']))
    };
    // A point that counts only in such a kind answers only a question
    // that asks in words of it.
    type Kind<'k> = (&'k dyn Fn(&str) -> bool, &'k [&'k str]);
    let kinds: [Kind; 2] = [
        (&temperature, &["度", "温", "零下"]),
        (&placing, &["远", "距离", "离"]),
    ];
    if wants_number
        && kinds
            .iter()
            .any(|(of, asked)| only_counts(*of) && !asked.iter().any(|w| q.normalized.contains(w)))
    {
        w.mismatch("unit");
        w.another_point_may = true;
    }
    // 普通高中一共招了多少学生, of a point whose only count is a share
    // (优质普通高中的分招指标提高到60%): a head count is no share.
    let share = |v: &str| v.ends_with(['%', '％', '成']) || v.ends_with("百分点");
    let heads_asked = || {
        HEADS.iter().any(|h| {
            q.normalized.match_indices(h).any(|(i, _)| {
                let before = &q.normalized[..i];
                ["多少", "几个", "几名", "几位"]
                    .iter()
                    .any(|a| before.ends_with(a))
            })
        })
    };
    if wants_number && heads_asked() && only_counts(&share) {
        w.mismatch("share");
        w.another_point_may = true;
    }
    // So does one asking in a unit the point never counts in
    // (小河口景区离海拉尔多远: no distance; 赵亚凡今年多大: no age).
    // (换装一个集装箱要多长时间, of 每天…在1.2公里长的换装场上: a rate in a
    // time unit tells how often, which only a question of how often asks:
    // 多久做一回.)
    // (坐飞机多长时间就能到, of 13:00起飞, 14:10抵达: two times of day
    // tell how long between them.)
    let gives = |units: &[&str]| {
        units.iter().any(|u| {
            fact.figures
                .iter()
                .any(|g| gives_unit_or_rate(&g.value, u, how_often))
                || gives_unit_or_rate(&fact.answer, u, how_often)
        }) || units.contains(&"元") && fact.figures.iter().any(money_without_unit)
            || units.contains(&"分钟")
                && fact
                    .figures
                    .iter()
                    .filter(|g| super::time_of_day(&g.value))
                    .count()
                    >= 2
    };
    // Unless the question names what a figure measures (风电可开发容量
    // 有多大: the figure labelled 风电可开发容量, in 万千瓦): then that
    // figure answers, whatever its unit.
    let names_figure = || {
        fact.figures.iter().any(|g| {
            g.label.chars().count() >= 2
                && !GENERIC_LABELS.contains(&g.label.as_str())
                // (A rank measures nothing: 第十届, labelled by the event
                // it ranks, does not answer how many days it lasted.)
                && !g.value.starts_with('第')
                // A plain scan: `str::contains` builds a two-way
                // searcher for each label, for a question of a few
                // dozen bytes.
                && crate::text::find_short(q.normalized, &g.label).is_some()
        })
    };
    // (Not when the unit is said after the count: 种玉米能挣多少钱, of
    // 种的75亩玉米, labelled 玉米, asks money of it.)
    let stated = |units: &[&str]| {
        units == MONEY_UNITS
            && asked.iter().any(|a| {
                a.2 == lexicon::Asked::Count
                    && a.3
                    && ["钱", "块钱", "元"]
                        .iter()
                        .any(|w| q.text((a.1, n.min(a.1 + w.chars().count()))) == *w)
            })
    };
    // (Nor when money is named between the figure's label and the count:
    // 15个续建项目总投资多少, of 续建项目 15个.)
    let money_of_label = |units: &[&str]| {
        units == MONEY_UNITS
            && fact.figures.iter().all(|g| {
                crate::text::find_short(q.normalized, &g.label).is_none_or(|at| {
                    let after = &q.normalized[at + g.label.len()..];
                    ["总投资", "投资", "资金", "花了", "花费"]
                        .iter()
                        .any(|m| after.starts_with(m))
                })
            })
    };
    if let Some(units) = wanted.iter().find(|units| !gives(units))
        && (!names_figure() || stated(units) || money_of_label(units))
    {
        w.mismatch("unit");
        w.units_lacking = Some(units);
    }
    // 满洲里边检站中秋假期验放了多少出入境旅客, of a point that counts
    // trucks and trains (829辆次, 2982列): people counted, of a point that
    // counts none and does not name them. Another point may.
    let head_counted = asked
        .iter()
        .filter(|a| a.2 == lexicon::Asked::Count && a.3)
        .find_map(|a| {
            let after: String = q.chars[a.1..].iter().take(COUNTED_REACH).collect();
            let after = after.split(['，', '。', '？', '、']).next().unwrap_or("");
            HEADS.iter().find(|h| after.contains(*h))
        });
    if wants_number
        && let Some(head) = head_counted
        && !fact.answer.contains(head)
        && !gives(&["人", "名", "人次", "位", "户"])
    {
        w.mismatch("heads");
        w.another_point_may = true;
    }
    // 企业养老保险参保人数有多少, of 李先生今年51岁…每年缴纳1.2万元: a
    // number of people asked (人数, right before the count) of a point
    // that counts none.
    let people_asked = asked.iter().any(|a| {
        a.2 == lexicon::Asked::Count
            && q.text((0, a.0))
                .trim_end_matches(['有', '是', '为', '达'])
                .ends_with("人数")
    });
    // (人 ends many words, 个人, 工人: a count of people has its number
    // right before it, past 多, 万 or a measure word: 30多名, 5个人, 上万人;
    // not 1.2万元个人养老金.)
    let counts_people = |text: &str| {
        text.match_indices(['人', '名', '位', '户']).any(|(b, _)| {
            let before: Vec<char> = text[..b].chars().rev().take(5).collect();
            let skipped = before
                .iter()
                .take_while(|c| "多余万千百亿来个".contains(**c))
                .count();
            before.get(skipped).is_some_and(|&c| {
                c.is_ascii_digit() || is_numeral(c) || matches!(c, '一' | '半' | '几' | '每')
            }) || before[..skipped].iter().any(|c| "万千百".contains(*c))
        })
    };
    if wants_number
        && people_asked
        && !counts_people(&fact.answer)
        && !fact
            .figures
            .iter()
            .any(|g| g.label.contains("人数") || counts_people(&g.value))
    {
        w.mismatch("heads");
        w.another_point_may = true;
    }
    // 文得根水电站一年能发多少电, of 可满足2万多个年均用电量4000千瓦时
    // 的家庭: power generated is not power used.
    if wants_number && generation_of_use(q.normalized, fact) {
        w.mismatch("use");
        w.another_point_may = true;
    }
    // 伊金霍洛旗2021年全年接待游客多少, of 2021年元旦假日接待情况…接待游客
    // 7.17万人次: a holiday's count is no whole year's.
    if wants_number
        && q.normalized.contains("全年")
        && !fact.answer.contains("全年")
        && HOLIDAYS.iter().any(|h| fact.answer.contains(h))
    {
        w.mismatch("period");
        w.another_point_may = true;
    }
    // 明珠社区一共住了多少居民, of a point on the residents who took up
    // piecework (最初有30多名灵活就业人员上手): who lives in a place is
    // counted by a point that says they live there, or counts households
    // (有…4717户居民).
    let residents_asked = asked.iter().any(|a| {
        a.2 == lexicon::Asked::Count && q.chars[a.0.saturating_sub(3)..a.0].contains(&'住')
    });
    if wants_number && residents_asked && !fact.answer.contains('住') && !gives(&["户"]) {
        w.mismatch("residents");
        w.another_point_may = true;
    }
    // 甘其毛都每年出口多少日用品, of 1989年，两顶蒙古包在这里搭起，…出口
    // 日用品: a thing the point names, in no clause with a figure, while
    // each count it gives counts a thing of its own (两顶蒙古包). Another
    // point may count it.
    if wants_number && counts_other_things(q, asked, fact, kb.topics.get(reading.topic)) {
        w.mismatch("thing counted");
        w.another_point_may = true;
    }
    // 古革军今年多大岁数, of a point whose age is his calves' (古革军家养着
    // 80头驯鹿，其中几头“混血宝宝”今年已满3岁): the age must be the
    // named one's.
    let age_asked = asked.iter().find(|a| {
        a.4.contains("岁")
            || a.4.contains("年纪")
            || a.4 == "多大"
            || q.chars.get(a.1) == Some(&'岁')
    });
    // (A point with no age at all lacks the unit, above.)
    if wanted.iter().any(|units| units.contains(&"岁"))
        && gives(&["岁"])
        && let Some(a) = age_asked
        && let Some(subject) = point_run_before(q, parts, a.0)
        && fact.answer.contains(subject.as_str())
        && !age_next_to(&fact.answer, &subject)
    {
        w.mismatch("age_of");
    }
    // 布和巴图今年多大岁数, of 35岁的李宗宇: a person of the story asked
    // of by name, whom the point with an age does not name, is not whose
    // age it gives; another point may (这位…58岁的牧民, of 布和巴图).
    if wanted.iter().any(|units| units.contains(&"岁"))
        && gives(&["岁"])
        && age_asked.is_some()
        && kb.topics.get(reading.topic).is_some_and(|t| {
            t.facts.iter().any(|p| {
                p.kind == FactKind::Person
                    && !std::ptr::eq(p, fact)
                    && p.label.chars().count() >= 2
                    && q.normalized.contains(p.label.as_str())
                    && !fact.answer.contains(p.label.as_str())
                    && !fact.keywords.contains(&p.label)
            })
        })
    {
        w.mismatch("age_of");
        w.another_point_may = true;
    }
    // 一天能挣多少, 一年发多少度电: a figure per day, month or year,
    // asked of a point that counts over no such period (每月收入3000多元,
    // 累计7.3万余辆次), is not the figure the point gives.
    if wants_number
        && let Some(per) = period_asked(q)
        && !names_figure()
        && !per
            .iter()
            .any(|p| said_over(&fact.answer, p) || fact.figures.iter().any(|g| g.label.contains(p)))
    {
        w.mismatch("period");
        w.another_point_may = true;
    }
    // 2023年全年规上工业增加值增长多少, of 1—4月…同比增长10.6%: a part
    // of a year (its months, 前四个月, 上半年) is not the whole year asked,
    // whatever the figure's label; nor is any point of a story whose
    // headline counts over such a part. Nor is a sum over the years
    // (2023年全年过货量, of 开放34年来，截至2023年底…累计达到2.21亿吨).
    if wants_number
        && q.normalized
            .match_indices("全年")
            .any(|(at, _)| q.asks_at_byte(at))
        && !fact.answer.contains("全年")
    {
        let headline = kb
            .topics
            .get(reading.topic)
            .is_some_and(|t| part_of_year(&t.source.headline));
        // (Nor is one day's: 海拉尔机场2009年全年旅客吞吐量多少, of 7月22号…
        // 单日旅客吞吐量首破4000人次.)
        // (Or a point that opens on the day it counts: 7月22号，机场共保障
        // 航班42架次…运送旅客4030人次.)
        let one_day = ["单日", "当日", "当天"]
            .iter()
            .any(|d| fact.answer.contains(d))
            || opens_on_a_day(&fact.answer);
        if headline || part_of_year(&fact.answer) || over_the_years(&fact.answer) || one_day {
            w.mismatch("period");
            w.another_point_may |= !headline;
        }
    }
    // 2023年中欧班列通行量增长多少, of 2023年前11个月…增长4.1%和17.2%: a
    // year asked with no part of it named is the whole year, which another
    // point of the story gives (2023年全年…增长3%和16%).
    if wants_number
        && !part_of_year(q.normalized)
        && !q.normalized.contains('月')
        && part_of_year(&fact.answer)
        && let Some(topic) = kb.topics.get(reading.topic)
        && years(q.normalized).any(|(i, after_digit, year)| {
            let whole = format!("{year}全年");
            !after_digit
                && q.asks_at(i)
                && fact.answer.contains(year.as_str())
                && !fact.answer.contains(whole.as_str())
                && topic
                    .facts
                    .iter()
                    .any(|p| !std::ptr::eq(p, fact) && p.answer.contains(whole.as_str()))
        })
    {
        w.mismatch("period");
        w.another_point_may = true;
    }
    // 乌兰察布全市风电装机有多少, of 兴和县's 全县…总装机容量924兆瓦: the
    // whole of a wider place than the one the point counts over. (Or than
    // the one body it names: 呼和浩特全市奶牛存栏多少头, of 敕勒川生态智慧
    // 牧场…规划奶牛存栏12000头.)
    // (宁城县设施农业面积在全区排第几, of 位居内蒙古首位: 全区 is where the
    // rank is taken, not what is counted.)
    let region_ranks = ["内蒙古", "自治区", "全区"]
        .iter()
        .any(|w| fact.answer.contains(w));
    let ranked_in = region_ranks
        && WHOLES
            .iter()
            .filter(|(_, level)| *level == 3)
            .any(|(word, _)| {
                q.normalized.match_indices(word).any(|(at, _)| {
                    let after: String = q.normalized[at + word.len()..].chars().take(4).collect();
                    ["排第", "排名", "第几", "位列", "名列", "排在"]
                        .iter()
                        .any(|r| after.contains(r))
                })
            });
    if wants_number
        && !ranked_in
        && let Some(asked_level) =
            whole_level(q.normalized, |_| true).or_else(|| whole_named(q.normalized))
        && let Some(point_level) =
            whole_level(&fact.answer, |l| l < asked_level).or_else(|| one_body(&fact.answer))
        && whole_level(&fact.answer, |l| l >= asked_level).is_none()
        && point_level < asked_level
    {
        w.mismatch("wider");
    }
    // 太锡铁路全线总长多少公里, of 太锡铁路内蒙古段…正线全长260.955公里:
    // a section of a line is not the whole line asked.
    if wants_number
        && q.normalized.contains("全线")
        && !q.normalized.contains('段')
        && !fact.answer.contains("全线")
        && section_of_line(&fact.answer)
    {
        w.mismatch("wider");
    }
    // 那13家试点医院都是哪些: the names of what the point only counts.
    let lists = q.has(Cue::Listing);
    // (Or names its text lists: 两个稀土基地——中国最大的稀土新材料基地、
    // 全球领先的稀土应用基地.)
    // (冰雪系列活动叫什么名字: one name, in quotes.)
    let listed = || {
        fact.figures
            .iter()
            .any(|g| g.value.contains(['、', '和']) && !has_number(&g.value))
            || names_listed(fact)
            || q.normalized.contains("叫什么名") && fact.answer.contains('“')
    };
    // 出口到哪些国家: the names of countries, from a point that names
    // none (一部分出口国外).
    if asks_countries(q.normalized)
        && !ABROAD.iter().any(|c| fact.answer.contains(c))
        && !country_initials(&fact.answer)
    {
        w.mismatch("country");
        w.another_point_may = true;
    }
    if lists && !listed() {
        let counted_here = q.said().iter().any(|a| {
            fact.figures
                .iter()
                .flat_map(|g| amounts(&g.value))
                .any(|g| g.comparable(a) && g.agrees(a))
        });
        if counted_here {
            w.mismatch("list");
            // Another point of the story may name them.
            w.another_point_may = true;
        }
    }
    // 内蒙古大学拿到多少钱: a figure of a body of the story (a school,
    // a firm) that the point does not name: the point's figure is
    // another's, or the group's.
    // So is one the point names only as one of a group (内蒙古鑫环硅能
    // 科技有限公司等22家), asked by any of its names (鑫环硅能得了多少),
    // unless the question asks of the group too (鑫环硅能等多少家).
    let of_group = GROUP.iter().any(|g| q.normalized.contains(g));
    // (内蒙古大学那批项目合计多少: a member named to point at its group,
    // with 这些 or 那批, asks of the group the point counts.)
    let of_that_group = ["这些", "那些", "这批", "那批", "这几", "那几"]
        .iter()
        .any(|g| q.normalized.contains(g));
    let named_as = |p: &str| {
        !of_group
            && (q.normalized.contains(p)
                || q.found
                    .iter()
                    .any(|f| f.end - f.start >= 2 && p.contains(q.text((f.start, f.end)).as_str())))
    };
    // 清陶项目一期是哪天开工的: a date of a body the point does not
    // name, by its short name (清陶, of 清陶(乌海)能源科技有限公司),
    // is the date of something else (国轩's 2022年2月动工).
    let short_named = |p: &str| {
        q.found.iter().any(|f| {
            let word = q.text((f.start, f.end));
            f.end - f.start >= 2
                && p.contains(word.as_str())
                && !fact.answer.contains(word.as_str())
                && !BODIES.contains(&word.as_str())
                && index
                    .triggers(f.pattern)
                    .iter()
                    .all(|t| matches!(t.target, Target::Fact(..) | Target::Topic(_)))
        })
    };
    // (Only when the point names another body of the story: a point
    // that names none, 项目投产后每年能造…, is about the story's own.)
    let names_other = |p: &str| {
        kb.topics.get(reading.topic).is_some_and(|t| {
            t.places.iter().any(|o| {
                o != p && BODIES.iter().any(|b| o.ends_with(b)) && fact.answer.contains(o.as_str())
            })
        })
    };
    // (自2012年4月28日开诊至今，医院充分发挥…: a point that calls the
    // body by its bare ending, where the story has no other body of that
    // ending, is about it.)
    let by_ending = |t: &crate::knowledge::Topic, p: &str| {
        BODIES.iter().filter(|b| p.ends_with(**b)).any(|b| {
            // (Bare, opening a clause: 定点医院 is other hospitals.)
            fact.answer
                .match_indices(b)
                .any(|(i, _)| i == 0 || fact.answer[..i].ends_with(['，', '。', '；', '该']))
                && !t
                    .places
                    .iter()
                    .any(|o| o.ends_with(b) && !p.contains(o.as_str()) && !o.contains(p))
        })
    };
    // (呼伦贝尔市在建最大的PPP项目，将于9月10日投入使用: a point that
    // names no other body speaks of the one the headline names,
    // 扎兰屯职业学院新校区主体工程全面竣工.)
    let headline_own =
        |t: &crate::knowledge::Topic, p: &str| t.source.headline.contains(p) && !names_other(p);
    if (wants_number || wants_date)
        && let Some(t) = kb.topics.get(reading.topic)
        && t.places.iter().map(String::as_str).any(|p| {
            p.chars().count() >= 4
                && BODIES.iter().any(|b| p.ends_with(b))
                && (q.normalized.contains(p)
                    && !fact.answer.contains(p)
                    && !fact.keywords.iter().any(|k| k.contains(p))
                    && !of_that_group
                    && !by_ending(t, p)
                    && !headline_own(t, p)
                    || fact.answer.contains(&format!("{p}等")) && named_as(p)
                    || !fact.answer.contains(p) && short_named(p) && names_other(p))
        })
    {
        w.mismatch("body");
        w.another_point_may = true;
    }
    // 马铃薯亩产多少, of 种植面积达55万亩 or 产量预计达77万吨: a yield per
    // mu is told per mu, or it is not told.
    if yield_unsaid(q, &fact.answer) {
        w.mismatch("yield");
        w.another_point_may = true;
    }
    // 领取条件具体是什么, of …发布参保操作步骤、领取条件和税收优惠等内容:
    // what a thing is, of a point that only lists it among others.
    if let Some(item) = item_asked(q)
        && listed_only(&fact.answer, &item)
    {
        w.mismatch("item");
        w.another_point_may = true;
    }
    // 数据中心二期什么时候开工, of a story of the 一期 alone: a phase
    // the story never tells is not the one it tells; one the point does
    // not tell (its 一期, or no phase) may be another point's.
    if let Some(phase) = phase_asked(q.normalized)
        && !phases_said(&fact.answer).contains(&phase)
        && let Some(t) = kb.topics.get(reading.topic)
    {
        w.mismatch("phase");
        // (Only when the story tells that phase somewhere.)
        if std::iter::once(t.answer.as_str())
            .chain([t.title.as_str(), t.source.headline.as_str()])
            .chain(t.facts.iter().map(|f| f.answer.as_str()))
            .any(|text| phases_said(text).contains(&phase))
        {
            w.another_point_may = true;
        }
    }
    // 世界奶业大会是哪个单位主办的: a name of a kind asked of a point
    // that explains none of the question (chosen for the names it
    // holds: 科研机构, 技术创新中心) is not the name asked.
    if q.name_kind.is_some() && !parts.contains(&Part::Point) {
        w.mismatch("name of nothing asked");
    }
    // 那个交个人养老金的李先生全名叫啥, of a story that calls him only
    // 李先生: a full name it never prints is not one it gives.
    if full_name_unprinted(kb, q, reading) {
        w.mismatch("full name");
    }
    // 校长叫什么: a person's name, from a point about no person. (惠隆合作社
    // 的理事长是谁, of 合作社理事长王晓轩介绍：…招聘了十多名工人: a point on
    // figures that prints the holder's name, a keyword of its own, right
    // after the role names the holder.)
    if fact.kind != FactKind::Person && asks_name_of_role(q) && !prints_holder(q, fact) {
        w.mismatch("role");
        // The point about the person with that role may answer.
        w.another_point_may = true;
    }
    // 馆长叫什么, of 副馆长骆玉梅: a deputy does not hold the role asked.
    if fact.kind == FactKind::Person
        && let Some(span) = role_asked(q)
        && q.chars[span.0] != '副'
        && let role = q.text(span)
        && fact.answer.contains(role.as_str())
        && fact
            .answer
            .match_indices(role.as_str())
            .all(|(at, _)| fact.answer[..at].ends_with('副'))
    {
        w.mismatch("deputy");
        w.another_point_may = true;
    }
    // 布仁高娃是干什么的, of a point that only names her: what a person
    // the story introduces does is their role, from the point on them.
    if fact.kind != FactKind::Person
        && ROLE_ASKS.iter().any(|w| q.normalized.ends_with(w))
        && kb.topics.get(reading.topic).is_some_and(|t| {
            t.facts.iter().any(|f| {
                f.kind == FactKind::Person
                    && f.keywords.iter().any(|k| {
                        k.chars().count() >= 2
                            && f.label.contains(k.as_str())
                            && q.normalized.contains(k.as_str())
                    })
            })
        })
    {
        w.mismatch("role of a person");
        w.another_point_may = true;
    }
    // 苏伦高娃在正蓝旗担任什么职务, of a point that only quotes her: a
    // post is given only by a point that says one, when no point of the
    // story is on the person (above). (Not 是干什么的, asked of a thing
    // as often: 零工云平台是干什么的.)
    if fact.kind != FactKind::Person
        && POSITION_ASKS.iter().any(|w| {
            q.normalized
                .trim_end_matches(['呢', '啊', '呀'])
                .ends_with(w)
        })
        && !ROLES.iter().any(|r| fact.answer.contains(r))
        && !fact.answer.contains(['长', '员'])
        && !fact.figures.iter().any(|g| g.label == "职务")
    {
        w.mismatch("no role");
    }
    // 活动是谁主办的, 范家沟湾地点是谁发现的: whoever did a deed, from a
    // point that tells the deed (活动由通辽市文化旅游广电局主办), when one
    // of the story does.
    // (李牛牛那5项专利是谁研发的: whoever made a thing, from a point that
    // tells the making, even when none does: a maker is not paraphrased
    // as a host is, 由…举办.)
    if let Some(deed) = who_deed(q.normalized)
        && !fact.answer.contains(deed)
    {
        let told = kb
            .topics
            .get(reading.topic)
            .is_some_and(|t| t.facts.iter().any(|f| f.answer.contains(deed)));
        if told || MAKING.contains(&deed) {
            w.mismatch("deed");
            w.another_point_may = told;
        }
    }
    // 除了内蒙古大学，另外两所高校是哪两所, of 内蒙古大学等3家高校: the
    // others asked, of a point that names only the one set aside.
    if let Some(besides) = set_aside(q.normalized)
        && names_only(&fact.answer, besides)
    {
        w.mismatch("besides");
        w.another_point_may = true;
    }
    // 这话是谁说的: the speaker, from another point about a person.
    if fact.kind != FactKind::Person && q.has(Cue::Speaker) {
        w.mismatch("speaker");
        w.another_point_may = true;
    }
    // 北方第二大淡水湖: another rank than the one the point gives.
    // (Every rank has 第 or 首: most questions have none.)
    if q.normalized.contains(['第', '首'])
        && other_rank(
            q.normalized,
            fact,
            !q.asked.is_empty(),
            &kb.topics
                .get(reading.topic)
                .map(|t| [t.title.as_str(), &t.source.headline].concat())
                .unwrap_or_default(),
        )
    {
        w.mismatch("rank");
    }
    // 第七届全国大漠健身运动会在哪举办, of a story of the 第六届: an
    // edition or batch the story never names, where it names another.
    // (So is one asserted, 第二批试点医院有13家对吧: not 没错, of 首批's
    // 13家. Correcting the edition itself is not done yet.)
    if q.normalized.contains(['第', '首'])
        && let Some(t) = kb.topics.get(reading.topic)
        && other_edition(q.normalized, t)
    {
        w.mismatch("rank");
    }
    // 2024—2025冰雪旅游季在哪里启动的, of the 2025—2026 season's story:
    // a span of years the story never prints, where it prints another.
    if let Some(t) = kb.topics.get(reading.topic)
        && other_season(q.normalized, t)
    {
        w.mismatch("rank");
    }
    // 地铁2号线全长多少公里, of the point on the 1号线: a line the point
    // does not name, where it names another. (The story may name both.)
    if q.normalized.contains("号线") && other_line(q.normalized, &fact.answer) {
        w.mismatch("rank");
    }
    // 劳务品牌是什么意思: the meaning of a term the point only uses. A
    // term the page coins stands in quotes (“左中巧手”), and the point
    // says what it is; a common one (规上企业) it does not explain.
    if let Some(term) = term_asked(q, parts)
        && !quoted_in(&fact.answer, &term)
        && !glossed_in(&fact.answer, &term)
        && !stands_for(&fact.answer, &term)
        && !spelled_out(&fact.answer, &term)
    {
        w.mismatch("term");
    }
    // 去年的技术合同成交额: another year than the point's (今年登记
    // 技术合同61项) is asked; the point answers only if it names it.
    // (试点是去年开始搞的吧 asserts a year of a point that dates
    // itself: a premise, corrected by the point's own date.)
    // (Nor when the headline gives the point's figure in that year: 乌海
    // 去年新开工保障性住房8973套, of 全年新开工建设各类保障性住房8973套.)
    let headline_dates = |word: &str, year: &str| {
        kb.topics.get(reading.topic).is_some_and(|t| {
            let headline = &t.source.headline;
            (headline.contains(word) || headline.contains(year))
                && fact
                    .figures
                    .iter()
                    .any(|g| has_number(&g.value) && headline.contains(g.value.as_str()))
        })
    };
    if let Some(story_year) = kb.topics.get(reading.topic).and_then(|t| t.date)
        && let Some((word, year)) = other_year_asked(q, story_year.year())
        && !fact.answer.contains(word)
        && !fact.answer.contains(&year)
        && !(asked.is_empty() && point_year(fact, story_year.year()).is_some())
        && !headline_dates(word, &year)
    {
        w.mismatch("year");
        // (Another point of the story may name it: 二连浩特口岸去年货运量
        // 达到多少, read as the point on the railway's capacity, of the one
        // that says 去年，货运量达到1355.9万吨.)
        w.another_point_may = true;
    }
    // 锡林郭勒盟企业退休人员养老金今年涨多少, of a point on 推介会12次: a
    // change asked (涨, 增加, 下降 right before the count), and the point
    // tells none, in words or as a share.
    // (比去年多了多少: a comparison, 比 then 多 or 少 right before the count.)
    let change_asked = asked.iter().any(|a| {
        let before = q.text((a.0.saturating_sub(4), a.0));
        let before = before.trim_end_matches(['了', '得']);
        let compared =
            before.ends_with(['多', '少']) && q.text((a.0.saturating_sub(8), a.0)).contains('比');
        a.2 == lexicon::Asked::Count && (compared || CHANGES.iter().any(|c| before.ends_with(c)))
    });
    // (A rate, 参保率7.69%, is no change; 亩产比以前多了200多斤 is one.)
    let compares = || {
        fact.answer.match_indices('比').any(|(at, _)| {
            fact.answer[at..]
                .chars()
                .skip(1)
                .take(8)
                .any(|c| matches!(c, '多' | '少'))
        })
    };
    if change_asked
        && !compares()
        && !CHANGES.iter().any(|c| fact.answer.contains(c))
        && !fact
            .figures
            .iter()
            .any(|g| g.value.ends_with(['%', '％', '倍']) && !g.label.ends_with('率'))
    {
        w.mismatch("change");
        w.another_point_may = true;
    }
    // 沙果干在网上卖多少钱一斤, of 每斤比市场价多卖了3毛钱: a price
    // asked, and the point gives only how much more it fetches than another.
    let compared = |v: &str| {
        fact.answer.find(v).is_some_and(|at| {
            let clause = fact.answer[..at]
                .rsplit(['，', '。', '；', ','])
                .next()
                .unwrap_or("");
            clause
                .rfind('比')
                .is_some_and(|b| clause[b..].contains(['多', '少', '高', '低', '贵']))
        })
    };
    let only_compared = || {
        let mut money = fact
            .figures
            .iter()
            .map(|g| g.value.as_str())
            .filter(|v| MONEY_UNITS.iter().any(|u| gives_unit(v, u)))
            .peekable();
        money.peek().is_some() && money.all(compared)
    };
    if !change_asked && wanted.contains(&MONEY_UNITS) && only_compared() {
        w.mismatch("change");
        w.another_point_may = true;
    }
    // 白扎木苏今年打算养多少头香猪, of a point that tells of last year (去年
    // …领到了10头香猪): this year is asked, and the point does not say it.
    // (张利今年多大: an age is asked as of this year, whatever the point's
    // other clauses tell of last year.)
    let age = ["多大", "几岁", "多少岁", "岁数", "年纪"]
        .iter()
        .any(|w| q.normalized.contains(w));
    if !asked.is_empty()
        && !age
        && q.normalized
            .match_indices("今年")
            .any(|(at, _)| q.asks_at_byte(at))
        && ["去年", "前年", "上年"]
            .iter()
            .any(|w| fact.answer.contains(w))
        && !fact.answer.contains("今年")
    {
        w.mismatch("year");
        w.another_point_may = true;
    }
    // 兴安盟去年土特产销售总额是多少, of a story the page does not date:
    // 去年 is any year, but a point that names none (现场“揽金”达100.85
    // 亿元) tells of the story's own.
    if kb
        .topics
        .get(reading.topic)
        .is_some_and(|t| t.date.is_none())
        && !asked.is_empty()
        && let Some((word, _)) = other_year_asked(q, 0)
        && !fact.answer.contains(word)
        && years(&fact.answer).next().is_none()
    {
        w.mismatch("year");
        w.another_point_may = true;
    }
    // 赤峰2024年医保基金拨付了多少, of a story of 2025 that never names
    // 2024: a year the story says nothing of.
    // (2026年呼伦湖会不会重新开放捕鱼, of a story of 2025: nor can it tell
    // yes or no of a year after its own.)
    let years = q.said().iter().filter(|a| a.year).map(|a| a.value);
    if let Some(t) = kb.topics.get(reading.topic)
        && (!asked.is_empty() || later_year(years, t))
        && unsaid_year(q, t)
    {
        w.mismatch("unsaid_year");
    }
    // 2023年接待了多少游客, 二季度的货运量: a year or a part of one that
    // the point, which dates its figure otherwise (2024年, 一季度),
    // does not give.
    // (Another point may: 5月份计划开复工多少个项目, read as the point on
    // 4月份's, is the next one's.)
    if !asked.is_empty() && other_period_named(q, &fact.answer) {
        w.mismatch("period_named");
        w.another_point_may = true;
    }
    // 春节七天假期一共接待了多少游客, of 3天共接待游客27.86万人次: a
    // count over other days. (Nor is any point of a story that counts
    // over those days only: 截止1月29日…接待游客1.89万人次.)
    let days = if wants_number {
        days_asked(q)
    } else {
        SmallVec::new()
    };
    if !days.is_empty()
        && (other_days_counted(&days, &fact.answer)
            || kb.topics.get(reading.topic).is_some_and(|t| {
                let story: String = printed_texts(t).collect();
                other_days_counted(&days, &story)
            }))
    {
        w.mismatch("period_named");
        w.another_point_may = true;
    }
    // 嘉盛垃圾发电项目一共投资多少钱, of 二期项目计划投资2.97亿元: a
    // total asked, of a point that counts only one phase, is not given.
    if wants_number
        && asks_total(q.normalized)
        && phase_asked(q.normalized).is_none()
        && counts_only_a_phase(&fact.answer, MONEY_ASKED.iter().any(|w| q.asks_word(w)))
    {
        w.mismatch("phase");
        w.another_point_may = true;
    }
    // 察汗淖尔现在水面面积恢复到多少平方公里了, of 20世纪60年代，其水面
    // 面积曾达50平方公里: a count the point gives only of the past is no
    // count of now.
    if wants_number
        && NOW.iter().any(|w| q.asks_word(w))
        && !NOW.iter().any(|w| fact.answer.contains(w))
        && only_of_the_past(&fact.answer)
    {
        w.mismatch("period_named");
        w.another_point_may = true;
    }
    // 赤峰上半年出口额多少, of a story that counts over 1—9月: the first
    // months of a year the story never counts over.
    if !asked.is_empty()
        && let Some(t) = kb.topics.get(reading.topic)
        && other_first_months(q, t)
    {
        w.mismatch("period_named");
    }
    // 蚂蚁森林项目是哪一年落地的, of 自“蚂蚁森林”项目落地已累计栽植…15万亩，
    // …2025年计划补种1万亩: the deed asked, told in a clause with no
    // date, while the point's dates are other deeds'. (Not of a count:
    // 这几年…年平均增长多少 asks a rate over years.)
    if wants_date && !wants_number && deed_undated(q, asked, &fact.answer) {
        w.mismatch("deed undated");
        w.another_point_may = true;
    }
    // 阿尔山上半年旅游收入多少, of 仅7月上半个月…旅游收入23614万元: a
    // month after the first months asked is none of them. Another point
    // may count over them (今年1-6月).
    if !asked.is_empty() && months_after_asked(q, &fact.answer) {
        w.mismatch("period_named");
        w.another_point_may = true;
    }
    if !asked.is_empty()
        && let Some(t) = kb.topics.get(reading.topic)
        && other_season_named(q, &fact.answer, &t.answer)
    {
        w.mismatch("season");
    }
    // 范志主任以前在哪个单位工作: what a person did before, of a point
    // that says only what they are now.
    if fact.kind == FactKind::Person
        && q.normalized.contains(['前', '原'])
        && BEFORE_ASKED.iter().any(|b| q.normalized.contains(b))
        && !BEFORE_SAID.iter().any(|b| fact.answer.contains(b))
        && !fact.answer.contains("年前")
    {
        w.mismatch("before");
    }
    // 改革之前医院回款要等多少天, of 实行即时结算后…只需2个工作日: a figure
    // asked of the time before a change, from a point that gives the time
    // after it. A point of the story that says the before may answer.
    if asked
        .iter()
        .any(|a| matches!(a.2, lexicon::Asked::Count | lexicon::Asked::When))
        && BEFORE_ASKED.iter().any(|b| q.normalized.contains(b))
        && AFTER_SAID.iter().any(|a| fact.answer.contains(a))
        && !BEFORE_SAID.iter().any(|b| fact.answer.contains(b))
    {
        w.mismatch("before");
        w.another_point_may = true;
    }
    // 第二批入选的有哪些, of the point that counts 4个产品 and names none:
    // a list asked of a point that lists nothing, when another point of
    // the story lists (石拐玉米、固阳黄芪片…), is that one's to answer.
    // (A list printed in quotes, “春风行动”“就业援助月”, is one.)
    let lists = |f: &crate::knowledge::Fact| {
        f.answer.contains('、')
            || f.answer.contains("”“")
            || f.figures.iter().any(|g| g.label == "名单")
    };
    // (Only a point that counts what it does not name: 4个产品在列. Or
    // that says the count in its text, in the measure asked: 在13家试点
    // 医院累计拨付…, asked 哪几家.)
    let counts = || {
        fact.figures.iter().any(|g| {
            g.value
                .chars()
                .last()
                .is_some_and(|c| is_measure(c) || matches!(c, '种' | '项' | '款'))
                && has_number(&g.value)
        }) || q
            .normalized
            .find("哪几")
            .and_then(|i| q.normalized[i + "哪几".len()..].chars().next())
            .is_some_and(|m| {
                let chars: Vec<char> = fact.answer.chars().collect();
                chars
                    .windows(2)
                    .any(|w| w[1] == m && (w[0].is_ascii_digit() || is_numeral(w[0])))
            })
    };
    // (Every word asking a list has 哪: most questions have none.)
    if q.normalized.contains('哪')
        && LIST_ASKS.iter().any(|w| q.normalized.contains(w))
        && counts()
        && !lists(fact)
        && kb
            .topics
            .get(reading.topic)
            .is_some_and(|t| t.facts.iter().any(lists))
    {
        w.mismatch("list");
        w.another_point_may = true;
    }
    // 那22家规上企业具体是哪几家, 是哪6家银行: the names asked of a
    // count the question says itself. A point that gives only the count
    // (or counts of several kinds: 3家高校、10家科研院所、22家规上企业)
    // gives nothing asked.
    // (哪四个, 是哪两家: a count said in a Chinese numeral, as the point
    // may print it in digits, 4个产品.)
    let said_count = || {
        let chars = &q.chars;
        let numeral = |c: char| c.is_ascii_digit() || small_numeral(c).is_some();
        (0..chars.len()).any(|i| {
            if i > 0 && numeral(chars[i - 1]) {
                return false;
            }
            let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let (count, spoken) = match (digits, chars.get(i + digits.max(1))) {
                (0, Some(&m)) if is_measure(m) => match small_numeral(chars[i]) {
                    Some(n) => (format!("{n}{m}"), format!("{}{m}", chars[i])),
                    None => return false,
                },
                (_, Some(&m)) if digits > 0 && is_measure(m) => {
                    let count: String = chars[i..=i + digits].iter().collect();
                    (count.clone(), count)
                }
                _ => return false,
            };
            fact.answer.contains(&count) || fact.answer.contains(&spoken)
        })
    };
    let names_asked = || {
        LIST_ASKS.iter().any(|w| q.normalized.contains(w))
            || q.normalized.match_indices('哪').any(|(i, _)| {
                let after = &q.normalized[i + '哪'.len_utf8()..];
                let digits = after.chars().take_while(char::is_ascii_digit).count();
                let mut rest = after[digits..].chars();
                match digits {
                    0 => {
                        rest.next().and_then(small_numeral).is_some()
                            && rest.next().is_some_and(is_measure)
                    }
                    _ => rest.next().is_some_and(is_measure),
                }
            })
    };
    if q.normalized.contains('哪') && names_asked() && said_count() && !names_listed(fact) {
        w.mismatch("list");
        w.another_point_may = kb
            .topics
            .get(reading.topic)
            .is_some_and(|t| t.facts.iter().any(names_listed));
    }
    // 女子组冠军是谁, of 男子组第一名丁炳宁: asked of one side, a point
    // that speaks only of the other does not answer; another may. Nor
    // does any point of a story that tells of the other side alone (of
    // 世界冠军张伟丽, in the story whose winner is 男子组's).
    let story_says = |w: &str| {
        kb.topics
            .get(reading.topic)
            .is_some_and(|t| t.facts.iter().any(|f| f.answer.contains(w)))
    };
    // (Every side word has 男, 女, 半, 口, 境, 栏, 养 or 保: most questions
    // have none.)
    if q.normalized
        .contains(['男', '女', '半', '口', '境', '栏', '养', '保'])
        && SIDES.iter().any(|&(a, b)| {
            // (锡林郭勒盟个人养老金男性开户人数多少: a count of one sex
            // alone, of a story that counts people and never parts them.)
            // (职工医保还是居民医保: asked which, either side answers.)
            let one_side = |asked: &str, said: &str| {
                q.normalized.contains(asked)
                    && !q.normalized.contains(said)
                    && !fact.answer.contains(asked)
                    && (fact.answer.contains(said)
                        || story_says(said) && !story_says(asked)
                        || wants_number && PEOPLE_SIDES.contains(&asked) && !story_says(asked))
            };
            one_side(a, b) || one_side(b, a)
        })
    {
        w.mismatch("side");
        w.another_point_may = true;
    }
    // 锡林郭勒现在有几个5A级景区, of 九曲弯景区…被评为4A级景区: a grade
    // the point never gives is not counted by it (a premise of one, 已经是
    // 5A级了吧, is corrected elsewhere).
    if wants_number
        && let Some(at) = q.normalized.find("a级")
        && q.normalized[..at].ends_with(|c: char| c.is_ascii_digit())
    {
        let grade = &q.normalized[at - 1..at + "a级".len()];
        let answer = fact.answer.to_lowercase();
        if !answer.contains(grade) && answer.contains("a级") {
            w.mismatch("grade");
            w.another_point_may = true;
        }
    }
    // 个人养老金要交到多少岁: an age asked of no person is not the age
    // of the person the point is about (李先生今年51岁).
    if fact.kind == FactKind::Person
        && asked.iter().any(|&(s, e, _, bare, _)| {
            bare && q.chars.get(e) == Some(&'岁') && !about_person(kb, index, q, s)
        })
    {
        w.mismatch("age");
    }
    // 土右旗农民人均纯收入一共是多少元, of …农民人均来自产业化的收入达到2689
    // 元，占农民人均纯收入的57%: what the question names, as the point
    // prints it, only as the whole a share is of, is not what it counts.
    if wants_number
        && !asks_share(q.normalized)
        && whole_of_a_share_only(q.normalized, &fact.answer)
    {
        w.mismatch("whole of a share");
        w.another_point_may = true;
    }
    // 达拉特旗全旗一共有多少栋大棚, of 他现在一共种了20栋大棚: a count of a
    // whole place (全旗, 全村) is not given by a point that never speaks of
    // a place of that kind.
    if wants_number
        && let Some(kind) = q.normalized.match_indices('全').find_map(|(at, _)| {
            q.normalized[at + '全'.len_utf8()..]
                .chars()
                .next()
                .filter(|c| WHOLE_PLACES.contains(*c))
        })
        && !fact.answer.contains(kind)
    {
        w.mismatch("whole place");
        w.another_point_may = true;
    }
    // 123个服务站里科尔沁区有几个: a part of a total the point gives
    // whole.
    if !asked.is_empty() && part_of_total(q, fact) {
        w.mismatch("part");
    }
    // 腾格里沙漠面积多大, of 巴丹吉林、腾格里、乌兰布和三大沙漠合计9.47万
    // 平方公里: one member of a group the point counts only together.
    if wants_number && member_of_joint(q, fact) {
        w.mismatch("part");
    }
    // 阿拉善右旗今年秋季造林多少亩, of 阿拉善盟…56万亩造林任务: a count
    // asked of a place of the region that the point, which speaks of the
    // whole region, does not name is that place's; a point naming it may
    // give it.
    // (Only of a point on the whole region: of one on another place, the
    // question's place is often the scene the story is set in, and a point
    // of it that does not repeat the place answers, 扎赉特旗水稻最高亩产.)
    // 西居延海今年有没有进水, of a story of 东居延海: the other side of
    // a place the story names is another place.
    if let Some(t) = kb.topics.get(reading.topic)
        && other_side_named(q, &fact.answer, &t.answer)
    {
        w.mismatch("other side");
    }
    // 鄂尔多斯这次地震有多少人受灾, of 阿拉善's story of a quake whose
    // damage a point counts in 巴彦木仁苏木, and which names 鄂尔多斯 among
    // the regions that reported: a count asked of another region is that
    // region's, which a point not naming it does not give. (The two never
    // both hold: another region is asked only when no place of the story's
    // own is.)
    if wants_number
        && let Some(place) = sub_place_unnamed(kb, index, q, reading, fact)
            .or_else(|| other_region_unnamed(kb, index, q, reading, fact))
    {
        w.mismatch("place");
        w.another_point_may = kb
            .topics
            .get(reading.topic)
            .is_some_and(|t| t.facts.iter().any(|f| f.answer.contains(place.as_str())));
        w.place_lacking = Some(place);
    }
    // 伊利2022年营业收入多少, of 2022年全市奶业全产业链营业收入突破2200亿元:
    // a figure asked of a name the story lists with others (伊利、蒙牛),
    // held by another point, is that name's, not the whole's the point
    // counts; nor, 蒙牛的工厂每天处理多少吨鲜奶 of 伊利's 基地, the other
    // listed name's. A point naming it may give it.
    if wants_number && member_unnamed(kb, q, reading, fact, asked, parts) {
        w.mismatch("member");
        w.another_point_may = true;
    }
    // 嘎查一共有多少户牧民, of 袁仁年和村里其他97户牧民: the others
    // besides someone are no total.
    if !asked.is_empty() && asks_total(q.normalized) && counts_only_others(fact) {
        w.mismatch("part");
        w.another_point_may = true;
    }
    // 现在一共有多少张床位, of 增设住院床位20张: what was added is no
    // total. (一共新增了多少例 asks what was added.)
    if !asked.is_empty()
        && asks_total(q.normalized)
        && !ADDED.iter().any(|w| q.normalized.contains(w))
        && !q.normalized.contains(['增', '添'])
        && counts_only_added(fact)
    {
        w.mismatch("added");
        w.another_point_may = true;
    }
    // 服务站一共有多少名工作人员, of 每个服务站都配有1名至4名工作人员: what
    // each one has is no total.
    if !asked.is_empty() && asks_total(q.normalized) && counts_each(fact) {
        w.mismatch("each");
        w.another_point_may = true;
    }
    // 包头进名特优新农产品名录的一共多少个, of 公布了2025年第二批…名录，包头有
    // 4个产品在列: one batch's count is no total, unless the question names
    // that batch.
    if !asked.is_empty()
        && asks_total(q.normalized)
        && !q.normalized.contains('批')
        && counts_of_a_batch(fact)
    {
        w.mismatch("part");
        w.another_point_may = true;
    }
    // 无人车每辆能拉多少吨, of 累计入境7.3万余辆次，运进货物480余万吨: a
    // figure per one of a kind (每辆, 每场) is given only by a point that
    // counts per one of it.
    if !asked.is_empty()
        && let Some(unit) = each_asked(q.normalized)
        && !["每", "单", "一"]
            .iter()
            .any(|w| fact.answer.contains(&format!("{w}{unit}")))
        && !fact.answer.contains(&format!("{unit}均"))
        && !fact.answer.contains(&format!("/{unit}"))
        && !(unit == '个' && each_by_its_noun(q.normalized, &fact.answer))
        && !each_of_a_noun_in(&fact.answer, unit)
    {
        w.mismatch("per");
        w.another_point_may = true;
    }
    // 红萝卜多少钱一斤, of 每亩卖了6000多元: a price per unit asked (一斤,
    // 每斤) is not a sum per another.
    if let Some(unit) = per_unit_asked(q.normalized)
        && !fact.answer.contains(unit)
    {
        w.mismatch("per");
        w.another_point_may = true;
    }
    // 中国最大的淡水湖是哪个, asked of 北方第一大淡水湖. (呼伦湖是中国
    // 最大的湖吗 asks yes or no: the point's rank answers it.)
    if !asked.is_empty() && rank_narrower(q, fact) {
        w.mismatch("narrower");
    }
    // 那吉林场火灾是什么原因引起的, of a point that tells the fire and no
    // cause of it: a cause asked is given only by a point that says one
    // (气温较高是导致开河提前的主要原因).
    if cause_asked(q) && !CAUSES.iter().any(|c| fact.answer.contains(c)) {
        w.mismatch("cause");
        w.another_point_may = true;
    }
    // 鄂温克人2003年为什么要生态移民下山, of 2003年生态移民下山后，大家放下
    // 猎枪做起旅游: an event the point says only as the time of what
    // followed it is not explained by it.
    // (长川制靴那年订单为啥突然多了, of 由于订单量增加，急需工人: nor is
    // the thing asked about, said only as the cause of what followed,
    // which tells what it brought, not why it came.)
    if why_event(q).is_some_and(|event| said_only_as_a_time(&fact.answer, &event))
        || why_subject(q).is_some_and(|subject| said_only_as_a_cause(&fact.answer, &subject))
    {
        w.mismatch("why");
        w.another_point_may = true;
    }
    // 高考本科上线率是多少: a rate asked of a point that gives no share.
    // (原煤生产效率是多少, of 142.6吨/工: an output per unit of work is
    // the efficiency asked.)
    let per_unit =
        || q.normalized.contains("效率") && fact.figures.iter().any(|g| g.value.contains('/'));
    if wants_number && rate_asked(q) && !gives_share(fact) && !per_unit() {
        w.mismatch("rate");
        w.another_point_may = true;
    }
    // 呼伦湖水面面积现在有多大, of 水面面积扩大，湿地…达800公顷: what is
    // measured is in the point, but in no clause with a figure; the
    // point's figure measures something else.
    if wants_number
        && asked.iter().any(|&(s, e, kind, _, _)| {
            // (水面面积有多大 ends asking; 有多少低收入的人 counts what
            // follows.)
            kind == lexicon::Asked::Count
                && (e..n).all(|i| q.function[i] || !is_han(q.chars[i]))
                && unfigured(q, s, fact, parts)
        })
    {
        w.mismatch("unfigured");
        w.another_point_may = true;
    }
    // 胜丰镇灯笼红一共种了多少亩, of “我在温室、大棚、大田总共种了十来亩
    // ‘灯笼红’…”付清禄…: a total asked of a place is not what one person
    // says of their own, unless the question names them.
    if wants_number
        && ["一共", "总共", "全镇", "全村", "全县", "全旗", "全市"]
            .iter()
            .any(|w| q.normalized.contains(w))
        && let Some(speaker) = first_person_speaker(&fact.answer)
        && !q.normalized.contains(speaker)
    {
        w.mismatch("own");
    }
    // 锡林郭勒个人养老金缴费总额有多少钱, of 李先生…打算每年缴纳1.2万元: a
    // total asked is not what one person, the point's subject, does,
    // unless the question names them.
    if wants_number
        && [
            "总额", "总量", "总数", "一共", "总共", "合计", "全盟", "全市",
        ]
        .iter()
        .any(|w| q.normalized.contains(w))
        && let Some(person) = one_person(&fact.answer)
        && !q.normalized.contains(person)
    {
        w.mismatch("own");
    }
    // 大米现在多少钱一斤: a price, asked of a point that states none
    // (一斤稻子比外面高1毛钱 is a difference).
    // (加一公斤氢气要多少钱: one of a measure, and 多少钱, apart.)
    let one: Option<&str> = q
        .normalized
        .contains("多少钱")
        .then(|| {
            [
                "一公斤",
                "一斤",
                "一吨",
                "一晚",
                "一亩",
                "一头",
                "一只",
                "一张",
            ]
            .into_iter()
            .find(|w| q.normalized.contains(w))
        })
        .flatten();
    if wants_number
        && (one.is_some() || PRICE_ASKS.iter().any(|w| q.normalized.contains(w)))
        && !PRICE_SAID.iter().any(|w| fact.answer.contains(w))
        && !priced_each(&fact.answer)
        && !one.is_some_and(|one| priced_one(&fact.answer, one))
    {
        w.mismatch("price");
        w.another_point_may = true;
    }
    // 小河口景区哪年能评上5A, 什么时候能评上: a time to come, asked of a
    // point that plans nothing (正在创建4A级景区, 向5A级迈进).
    let year_to_come = asked.iter().any(|&(_, e, kind, _, word)| {
        kind == lexicon::Asked::When
            && (word.contains('年') || ["什么时候", "啥时候", "何时", "几时"].contains(&word))
            && ["能", "会", "才能", "可以", "将"]
                .iter()
                .any(|m| q.text((e, n.min(e + 2))).starts_with(m))
    });
    if year_to_come && !PLANS.iter().any(|p| fact.answer.contains(p)) {
        w.mismatch("year_to_come");
    }
    // 禁渔要到哪年才解除, 限行什么时候结束: when a thing ends, asked of a
    // point that says when it began and no end.
    if wants_date
        && ENDS.iter().any(|e| q.normalized.contains(e))
        && !ENDS.iter().any(|e| fact.answer.contains(e))
        && !UNTIL.iter().any(|u| fact.answer.contains(u))
    {
        w.mismatch("end");
        w.another_point_may = true;
    }
    // 下一批什么时候申报, 下届在哪办: the next round, asked of a point that
    // tells of none to come.
    if NEXT.iter().any(|x| q.normalized.contains(x))
        && !NEXT.iter().any(|x| fact.answer.contains(x))
        && !PLANS.iter().any(|p| fact.answer.contains(p))
    {
        w.mismatch("next");
        w.another_point_may = true;
    }
    // 甘其毛都口岸离市区有多少公里, of 通道长6.19公里: how far a place is
    // from another, asked of a point that measures a length and no
    // distance (距, 离, 外, 25公里处) from a place the question names.
    if wants_number
        && !["距", "离", "外", "远", "处"]
            .iter()
            .any(|d| fact.answer.contains(d))
        && distance_from_unnamed(q, &fact.answer)
    {
        w.mismatch("distance");
        w.another_point_may = true;
    }
    // 2023年一年过货多少, of 截至2023年底累计达到2.21亿吨: one year's
    // amount, asked of a point that gives only the sum of many.
    if wants_number
        && ONE_YEAR.iter().any(|y| q.normalized.contains(y))
        && fact.answer.contains("累计")
        && !YEARLY.iter().any(|y| fact.answer.contains(y))
    {
        w.mismatch("sum of years");
        w.another_point_may = true;
    }
    // 上湾煤矿2006年实际产了多少原煤, of 2006年的目标是全年完成原煤1200万吨:
    // what was reached, asked of a point that gives only what was planned.
    if q.normalized.contains("实际")
        && PLANS.iter().any(|p| fact.answer.contains(p))
        && !REACHED.iter().any(|r| fact.answer.contains(r))
    {
        w.mismatch("actual");
        w.another_point_may = true;
    }
    // 在全区排第几: a rank, asked of a point that prints none (第二批
    // is a batch, not a rank); 第几批 asks a batch.
    if q.has(Cue::Ordinal) && !ordinal_printed {
        w.mismatch("ordinal");
        w.another_point_may = true;
    }
    // 哪家拿得最多, 最大的鱼有多重: the top of a group, asked of a
    // point that ranks nothing (no 最, 第一, 首).
    // (最少的时候2003年还剩多少: the year the point gives pins it.)
    let year_given = || {
        q.said()
            .iter()
            .any(|a| a.year && fact.answer.contains(&format!("{}年", a.value as i64)))
    };
    // (规模最大的是哪一家, of 13家…作为首批试点单位.)
    if !asked.is_empty()
        && let Some(most) = superlative_asked(q, parts)
        && !ranks(&fact.answer, most)
        // (最多能待几天, of 停留不超过30天: a ceiling is the most.)
        && !super::CEILINGS.iter().any(|c| fact.answer.contains(c))
        && !year_given()
    {
        w.mismatch("superlative");
        w.another_point_may = true;
    }
    // 有多少个专利, 几家企业: things counted, asked of a point whose
    // every figure is a share (专利成果占比由27.3%提高到45.5%).
    let things = asked.iter().any(|&(_, e, kind, bare, _)| {
        kind == lexicon::Asked::Count && bare && e < n && is_measure(q.chars[e])
    });
    let numbers = || fact.figures.iter().filter(|g| has_number(&g.value));
    if things
        && !rate_asked(q)
        && numbers().next().is_some()
        && numbers().all(|g| g.value.contains(['%', '％']) || g.value.contains("百分之"))
    {
        w.mismatch("share_only");
        w.another_point_may = true;
    }
    // 常住人口有多少, of 常住人口参保率为7.69%: what is counted is said
    // only as whose a rate is.
    if !rate_asked(q)
        && asked.iter().any(|&(s, e, kind, _, _)| {
            // (多少辆AGV无人驾驶车 counts what follows; 占常住人口多少
            // asks a share.)
            kind == lexicon::Asked::Count
                && q.chars[e..].iter().all(|c| "呢啊呀吗".contains(*c))
                && !q.chars[..s].contains(&'占')
                && rated_only(&q.chars[..s], &fact.answer)
        })
    {
        w.mismatch("rated_only");
        w.another_point_may = true;
    }
}

/// What the story's overview, read as the answer, leaves of what the
/// question asks: a unit or a date it does not give.
pub(super) fn check_overview(
    q: &Question,
    topic: &Topic,
    asked: &[AskedWord],
    wanted: &[&'static [&'static str]],
    parts: &[Part],
    w: &mut Weighed,
) {
    // 个人养老金要到多少岁才能领, read as the whole story: a unit that
    // the overview does not count in is not its answer; a point of the
    // story that does may answer instead.
    let gives = |units: &[&str]| units.iter().any(|u| gives_unit(&topic.answer, u));
    if !wanted.is_empty() && wanted.iter().any(|units| !gives(units)) {
        w.mismatch("overview_unit");
        w.another_point_may = true;
    }
    // 服务站最早是哪一年建的, read as the whole story: a date asked of
    // an overview that gives none. A point of the story that gives one
    // and explains the question may answer instead.
    if asked.iter().any(|a| a.2 == lexicon::Asked::When) && !has_date(&topic.answer) {
        w.mismatch("overview_date");
        w.another_point_may = true;
    }
    if !asked.is_empty() && unsaid_year(q, topic) {
        w.mismatch("unsaid_year");
    }
    if yield_unsaid(q, &topic.answer) {
        w.mismatch("yield");
        w.another_point_may = true;
    }
    if !asked.is_empty()
        && let Some(most) = superlative_asked(q, parts)
        && !ranks(&topic.answer, most)
    {
        w.mismatch("superlative");
        w.another_point_may = true;
    }
    // 科技局局长是谁, read as the whole story: the holder of a role the
    // overview never names. A point on a person with it may answer.
    if let Some(span) = role_asked(q)
        && !topic.answer.contains(q.text(span).as_str())
    {
        w.mismatch("overview_role");
        w.another_point_may = true;
    }
}

/// The character a figure writes for what `c` counts: money is counted in
/// 元, whatever the question calls it.
pub(super) fn unit_of(c: char) -> &'static str {
    match c {
        '钱' | '块' | '款' => "元",
        '人' => "人名",
        '岁' => "岁",
        '年' => "年",
        // 北纬39°: degrees, as the page prints them.
        '度' => "°",
        // 多少兆瓦, of 42MW: the page's letters (counts_in compares them
        // in lower case).
        '兆' => "m",
        '瓦' => "w",
        _ => "",
    }
}

/// Whether figure `value` counts in `unit`: the unit follows its number
/// (15万吨以上 counts in 万 and 吨; 内蒙古大学 counts in nothing).
pub(super) fn counts_in(value: &str, unit: char) -> bool {
    let chars: Vec<char> = value.chars().collect();
    // (Ⅳ类, IV类: a grade in Roman numerals counts in 类.)
    let number = |d: char| {
        d.is_ascii_digit()
            || is_numeral(d)
            || matches!(d, '一' | '多' | '余' | '万')
            || unit == '类' && matches!(d, 'Ⅰ'..='Ⅻ' | 'I' | 'V')
    };
    // (The question is in lower case: 几a级 of 4A级.)
    chars.iter().enumerate().any(|(i, &c)| {
        c.to_ascii_lowercase() == unit
            && (1..=2).any(|k| {
                // 第二批 is the second batch, not a count of batches.
                i >= k && number(chars[i - k]) && !(i > k && chars[i - k - 1] == '第')
            })
            // 300多年前 is a time, not a span of 300 years.
            && !(matches!(unit, '年' | '月' | '天' | '日') && chars.get(i + 1) == Some(&'前'))
            // 30个亿, 3个百分点: 个 before a magnitude counts a sum.
            && !(unit == '个'
                && chars
                    .get(i + 1)
                    .is_some_and(|c| matches!(c, '亿' | '万' | '千' | '百')))
    })
}

/// Whether the question names a rank (第二大) other than the one the
/// point prints (第一大) in its figures, or, when the question `asks`, in
/// its text (第一批入选的是哪些, of a point on 2025年第二批名录). Asserted
/// (是全国第三条吧), a rank the text prints otherwise is corrected. A
/// rank the `story`'s title or headline prints is the story's own (第十届
/// …有多少嘉宾, of a point that looks back to the 首届).
pub(super) fn other_rank(
    question: &str,
    fact: &crate::knowledge::Fact,
    asks: bool,
    story: &str,
) -> bool {
    // Each 第 and the two characters after it (第一大), as three windows
    // over the characters.
    // (首届, 首批: the first, as 第一届 is.)
    let ranks = |text: &str| -> SmallVec<[(char, char); 2]> {
        let mut out = SmallVec::new();
        let mut it = text.chars();
        let (Some(mut a), Some(mut b)) = (it.next(), it.next()) else {
            return out;
        };
        // (首列, 首趟, 首期: the first train, run or phase.)
        let first = |c: char| matches!(c, '届' | '批' | '列' | '趟' | '期');
        if a == '首' && first(b) {
            out.push(('一', b));
        }
        for c in it {
            if a == '第' && (is_numeral(b) || b == '一') {
                out.push((b, c));
            }
            if b == '首' && first(c) {
                out.push(('一', c));
            }
            (a, b) = (b, c);
        }
        out
    };
    let asked = ranks(question);
    if asked.is_empty() {
        return false;
    }
    let printed: SmallVec<[(char, char); 2]> = fact
        .figures
        .iter()
        .flat_map(|g| ranks(&g.value))
        .chain(if asks {
            ranks(&fact.answer)
        } else {
            SmallVec::new()
        })
        .collect();
    let headed = ranks(story);
    // (乌拉特后旗号第二列什么时候发车, of a story headed 首列发车 whose
    // point says 首发: the headline's rank is the point's.)
    asked.iter().any(|&(n, what)| {
        printed
            .iter()
            .chain(if asks { &headed[..] } else { &[] })
            .any(|&(m, w)| w == what && m != n)
            && !printed.contains(&(n, what))
            && !(asks && headed.contains(&(n, what)))
    })
}

/// What a question sets aside after 除了, to the end of its words (除了
/// 内蒙古大学，另外…: 内蒙古大学), when it asks for others.
fn set_aside(normalized: &str) -> Option<&str> {
    let at = normalized.find("除了")? + "除了".len();
    let rest = &normalized[at..];
    let end = ["以外", "之外", "外", "，", ",", " ", "还", "另"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    let aside = &rest[..end];
    (aside.chars().count() >= 2).then_some(aside)
}

/// Whether `answer` names `name` only as the first of a kind it does not
/// list (内蒙古大学等3家高校), and no other.
fn names_only(answer: &str, name: &str) -> bool {
    answer.match_indices(name).any(|(at, _)| {
        answer[at + name.len()..].starts_with('等')
            && !answer[..at].ends_with(['、', '和', '与', '及'])
    })
}

/// Deeds of making a thing (研发, 培育), whose maker a point names where
/// it tells the making.
const MAKING: &[&str] = &["研发", "研制", "发明", "开发", "设计", "培育"];

/// The deed a question asks the doer of, right after its 谁 (谁主办的:
/// 主办; 由谁发现: 发现). Not saying or writing: the speaker and the
/// reporter are found otherwise.
pub(super) fn who_deed(normalized: &str) -> Option<&str> {
    let at = normalized.find('谁')?;
    let rest = &normalized[at + '谁'.len_utf8()..];
    let end = rest
        .char_indices()
        .find(|(_, c)| "的了呢啊吗呀是".contains(*c) || !is_han(*c))
        .map_or(rest.len(), |(b, _)| b);
    // (谁先垫付: the deed is 垫付, which 医院先行垫付 tells.)
    let deed = rest[..end].trim_start_matches(['先', '又', '也', '都', '最', '来', '去']);
    let said = ["说", "讲", "提", "写", "报道", "采写", "拍", "摄"];
    ((1..=3).contains(&deed.chars().count()) && !said.iter().any(|s| deed.starts_with(s)))
        .then_some(deed)
}

/// The editions and batches `text` names (第六届, 第15批, 首届), as their
/// number and counter.
fn editions(text: &str) -> SmallVec<[(u64, char); 2]> {
    const COUNTERS: &[char] = &['届', '批', '期'];
    let mut out = SmallVec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // 地铁2号线, of a story of the 1号线: a line is named by its number.
        if c == '号' && chars.get(i + 1) == Some(&'线') {
            let digits: String = chars[..i]
                .iter()
                .rev()
                .take_while(|d| d.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if let Ok(n) = digits.parse::<u64>() {
                out.push((n, '线'));
            }
        }
        if c == '首' && chars.get(i + 1).is_some_and(|n| COUNTERS.contains(n)) {
            out.push((1, chars[i + 1]));
        }
        if c != '第' {
            continue;
        }
        let digits: String = chars[i + 1..]
            .iter()
            // (一 is a numeral here: 第十一届, 第一批.)
            .take_while(|&&d| d.is_ascii_digit() || is_numeral(d) || d == '一')
            .collect();
        let Some(&counter) = chars.get(i + 1 + digits.chars().count()) else {
            continue;
        };
        if digits.is_empty() || !COUNTERS.contains(&counter) {
            continue;
        }
        let n = digits
            .parse::<u64>()
            .ok()
            .or_else(|| chinese_number::from_chinese_to_u64_ten_thousand(&digits).ok());
        if let Some(n) = n {
            out.push((n, counter));
        }
    }
    out
}

/// Everything the story prints of itself: its title, headline, overview
/// and every point.
fn printed_texts(topic: &Topic) -> impl Iterator<Item = &str> {
    [topic.title.as_str(), &topic.source.headline, &topic.answer]
        .into_iter()
        .chain(topic.facts.iter().map(|f| f.answer.as_str()))
}

/// Whether the question names an edition or batch (第七届) that the story
/// does not, where the story names another of the same counter (第六届).
fn other_edition(question: &str, topic: &Topic) -> bool {
    let asked = editions(question);
    if asked.is_empty() {
        return false;
    }
    let printed: SmallVec<[(u64, char); 4]> = printed_texts(topic).flat_map(editions).collect();
    asked.iter().any(|&(n, counter)| {
        !printed.contains(&(n, counter)) && printed.iter().any(|&(_, c)| c == counter)
    })
}

/// The spans of two years running that a text prints (2025—2026,
/// 2024-2025; a question's normalized 2024 2025), as their first years.
fn seasons(text: &str) -> SmallVec<[u32; 2]> {
    let chars: Vec<char> = text.chars().collect();
    let year = |at: usize| -> Option<u32> {
        let digits = chars.get(at..at + 4)?;
        let before = at.checked_sub(1).map(|b| chars[b]);
        (digits.iter().all(char::is_ascii_digit)
            && matches!(digits[0], '1' | '2')
            && !before.is_some_and(|c| c.is_ascii_digit())
            && !chars.get(at + 4).is_some_and(char::is_ascii_digit))
        .then(|| digits.iter().collect::<String>().parse().ok())
        .flatten()
    };
    let mut out = SmallVec::new();
    for at in 0..chars.len() {
        if let Some(first) = year(at)
            && chars
                .get(at + 4)
                .is_some_and(|c| matches!(c, '—' | '–' | '-' | '~' | '至' | ' '))
            && year(at + 5) == Some(first + 1)
        {
            out.push(first);
        }
    }
    out
}

/// Whether the question names a span of years (2024—2025) that the story
/// never prints, where it prints another (2025—2026).
fn other_season(question: &str, topic: &Topic) -> bool {
    let asked = seasons(question);
    if asked.is_empty() {
        return false;
    }
    let printed: SmallVec<[u32; 4]> = printed_texts(topic).flat_map(seasons).collect();
    !printed.is_empty() && asked.iter().any(|y| !printed.contains(y))
}

/// Whether the question names a numbered line (2号线) that `point` does
/// not, where it names another (1号线).
fn other_line(question: &str, point: &str) -> bool {
    let lines = |text: &str| -> SmallVec<[u64; 2]> {
        editions(text)
            .into_iter()
            .filter(|e| e.1 == '线')
            .map(|e| e.0)
            .collect()
    };
    let printed = lines(point);
    !printed.is_empty() && lines(question).iter().any(|n| !printed.contains(n))
}

/// Whether `text` lists countries by their first characters, as papers
/// do (美、日、英、德等国): two or more, each alone between 、, the list
/// ending where the words do (not 欧美、日韩企业).
fn country_initials(text: &str) -> bool {
    const INITIALS: &str = "中美日英德法俄韩澳加意印泰越";
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).any(|start| {
        let mut k = start;
        let mut count = 0;
        while k < chars.len() && INITIALS.contains(chars[k]) {
            count += 1;
            if chars.get(k + 1) == Some(&'、') {
                k += 2;
            } else {
                k += 1;
                break;
            }
        }
        count >= 2
            && chars
                .get(k)
                .is_none_or(|&c| !is_han(c) || "等两三四五六国".contains(c))
            && (start == 0 || chars[start - 1] != '、')
    })
}

/// The term whose meaning the question asks (X是什么意思, 什么叫X, X指什么),
/// as the question writes it, when a keyword names it.
pub(super) fn term_asked(q: &Question, parts: &[Part]) -> Option<String> {
    let end = q
        .cues
        .iter()
        .filter(|c| c.0 == Cue::Meaning)
        .map(|c| c.1)
        .min()?;
    // (阿拉善在蒙古语里是什么意思: the term is before the language it is
    // asked in.)
    let end = q
        .found
        .iter()
        .find(|f| {
            f.start > 0
                && q.chars[f.start - 1] == '在'
                && q.chars[f.end - 1] == '语'
                && matches!(q.chars.get(f.end), Some('里' | '中'))
                && f.end < end
                && end - f.end <= 3
        })
        .map_or(end, |f| f.start - 1);
    // (娜仁其木格这个名字是什么意思, 玛拉沁艾力 蒙古语 什么意思: the term
    // is before the words that say it is a name, or in which language.)
    let before = |end: usize| -> usize {
        let mut end = end;
        while end > 0 && q.chars[end - 1] == SEP {
            end -= 1;
        }
        let text: String = q.chars[..end].iter().collect();
        SAID_AS
            .iter()
            .find(|w| text.ends_with(*w))
            .map_or(end, |w| end - w.chars().count())
    };
    let end = before(before(end));
    // The keyword just before the question of meaning, or two characters
    // before it (三大支柱分别指什么, 零工经济是什么意思).
    q.found
        .iter()
        .filter(|f| f.end <= end && end - f.end <= 2)
        .filter(|f| {
            matches!(
                parts[f.start],
                Part::Point | Part::Story | Part::Sibling | Part::Other
            )
        })
        .max_by_key(|f| f.end - f.start)
        .map(|f| q.text((f.start, f.end)))
}

/// Words between a term and the question of its meaning that say what the
/// term is (a name) or the language it is asked in.
const SAID_AS: &[&str] = &[
    "这个名字",
    "这名字",
    "的名字",
    "这个词",
    "这个说法",
    "蒙古语",
    "蒙语",
    "用蒙语",
];

/// Words that gloss a term just before them: 腾格里是蒙古语，意为…,
/// （嘎查，蒙语，意为村）, 名字在蒙古语里是“太阳花”的意思.
const GLOSSES: &[&str] = &["意为", "意思是", "的意思", "意即", "译为", "蒙古语", "蒙语"];

/// Whether `text` glosses `term`: a word of glossing follows the term
/// within a short clause.
fn glossed_in(text: &str, term: &str) -> bool {
    let norm = crate::text::normalize_whole;
    let (text, term) = (norm(text), norm(term).replace(SEP, ""));
    if term.is_empty() {
        return false;
    }
    text.match_indices(&term).any(|(i, _)| {
        let after: String = text[i + term.len()..].chars().take(16).collect();
        GLOSSES.iter().any(|g| after.contains(g))
    })
}

/// Whether `text` spells out `term` in brackets: 自动导向车（AGV） or
/// AGV（自动导向车）.
fn spelled_out(text: &str, term: &str) -> bool {
    let (text, term) = (text.to_lowercase(), term.to_lowercase());
    [('（', '）'), ('(', ')')].iter().any(|(open, close)| {
        text.contains(&format!("{open}{term}{close}")) || text.contains(&format!("{term}{open}"))
    })
}

/// Whether `term` is a number and a character (两都) that stand for the
/// terms `text` quotes ending in it (“世界稀土之都”“世界绿色硅都”).
fn stands_for(text: &str, term: &str) -> bool {
    let chars: Vec<char> = term.chars().collect();
    let [n, end] = chars[..] else {
        return false;
    };
    small_numeral(n).is_some() && quoted_terms(text).filter(|q| q.ends_with(end)).count() >= 2
}

/// What `text` puts in quotes (“左中巧手”), each term in turn.
fn quoted_terms(text: &str) -> impl Iterator<Item = &str> {
    text.split('“')
        .skip(1)
        .filter_map(|seg| seg.split('”').next())
}

/// Whether `term` stands in quotes in `text` (“左中巧手”).
pub(super) fn quoted_in(text: &str, term: &str) -> bool {
    let norm = crate::text::normalize_whole;
    quoted_terms(text).any(|quoted| {
        norm(quoted)
            .replace(SEP, "")
            .contains(&norm(term).replace(SEP, ""))
    })
}

/// A year other than the story's that the question asks about, in its
/// words (去年, 前年, 明年), with the year it is.
pub(super) fn other_year_asked(q: &Question, story_year: i16) -> Option<(&'static str, String)> {
    if !q.normalized.contains(['年', '届']) {
        return None;
    }
    // 下一届 and 上届 are another occasion than the story's: the point
    // answers only if it says that word.
    const RELATIVE: &[(&str, i16)] = &[
        ("去年", -1),
        ("前年", -2),
        ("明年", 1),
        ("下一届", 0),
        ("下届", 0),
        ("上一届", 0),
        ("上届", 0),
    ];
    RELATIVE.iter().find_map(|&(word, offset)| {
        q.normalized.match_indices(word).find_map(|(at, _)| {
            // 比去年同期增长了多少: the year compared with, not the year
            // asked about (同比 on the page).
            let rest = &q.normalized[at + word.len()..];
            let before = &q.normalized[..at];
            if rest.starts_with("同期") || before.ends_with(['比', '较']) {
                return None;
            }
            let year = match offset {
                0 => word.to_string(),
                _ => format!("{}年", story_year + offset),
            };
            q.asks_at_byte(at).then_some((word, year))
        })
    })
}

/// Whether the clause that asks names a season (春季造林完成了多少亩)
/// that neither the point nor its story's overview says, while they say
/// another (秋季造林).
pub(super) fn other_season_named(q: &Question, point: &str, story: &str) -> bool {
    let says = |c: char| {
        [point, story]
            .iter()
            .any(|t| t.contains(&format!("{c}季")) || t.contains(&format!("{c}天")))
    };
    q.normalized.char_indices().any(|(at, c)| {
        "春夏秋冬".contains(c)
            && q.normalized[at + c.len_utf8()..].starts_with(['季', '天'])
            && q.asks_at_byte(at)
            && !says(c)
            && "春夏秋冬".chars().any(says)
    })
}

/// Whether the question names a place by a side (西居延海) that the
/// point (`answer`) and its story's overview (`overview`) name only by
/// another side (东居延海).
fn other_side_named(q: &Question, answer: &str, overview: &str) -> bool {
    const SIDES: [char; 4] = ['东', '西', '南', '北'];
    let says = |w: &str| answer.contains(w) || overview.contains(w);
    let n = q.len();
    (0..n.saturating_sub(3)).any(|i| {
        let side = q.chars[i];
        if !SIDES.contains(&side) || !q.asks_at(i) {
            return false;
        }
        (i + 3..=(i + 6).min(n - 1)).any(|end| {
            let name: String = q.chars[i + 1..=end].iter().collect();
            if !says(&name) {
                return false;
            }
            let sided = |c: char| says(&format!("{c}{name}"));
            !sided(side) && SIDES.iter().any(|&other| other != side && sided(other))
        })
    })
}

/// Parts of a year, each family a set of which a figure names one.
pub(super) const PERIOD_PARTS: &[&[&str]] = &[
    &["一季度", "二季度", "三季度", "四季度"],
    &["上半年", "下半年"],
];

/// Parts of a year by the months they span.
const QUARTERS: &[(&str, u8, u8)] = &[
    ("前三季度", 1, 9),
    ("一季度", 1, 3),
    ("二季度", 4, 6),
    ("三季度", 7, 9),
    ("四季度", 10, 12),
    ("上半年", 1, 6),
    ("下半年", 7, 12),
];

/// Words for this year, or its winter.
const THIS_YEAR: &[&str] = &["今年", "今冬"];
/// Words a point gives a record over the years with.
const RECORD_SAID: &[&str] = &["历史上", "史上", "有记录以来", "有史以来", "有气象记录以来"];

/// Whether the clause that asks names a year (2023年) or a part of a year
/// (二季度) while `text` dates its figures by others and never by that one.
pub(super) fn other_period_named(q: &Question, text: &str) -> bool {
    // 8月份接待了多少游客, of 7月份，单月累计接待国内游客631.73万人次.
    // (3月份进口了多少, of 1-3月份累计进口: a span is not the month it
    // ends in.)
    if q.normalized.contains('月') {
        let asked: SmallVec<[(usize, u8); 2]> = months(q.normalized)
            .into_iter()
            .filter(|&(at, _)| !closes_span(q.normalized, at))
            .collect();
        // (1-8月份增长了多少, of a point dated 12月31日: a span asked is
        // given only by a point printing it.)
        let spans_asked = months(q.normalized).into_iter().filter_map(|(at, last)| {
            if !closes_span(q.normalized, at) || !q.asks_at_byte(at) {
                return None;
            }
            let before = &q.normalized[..at];
            let sep = before.chars().next_back()?;
            let first = trailing_digits(&before[..before.len() - sep.len_utf8()]).to_string();
            Some((first, last))
        });
        let in_text = months(text);
        for (first, last) in spans_asked {
            // (1至10月, or 1月至10月: its last month printed closing a span,
            // or with its first.)
            let first = first.parse::<u8>().ok();
            let printed = in_text.iter().any(|&(at, m)| {
                m == last
                    && (closes_span(text, at) || in_text.iter().any(|&(_, f)| Some(f) == first))
            });
            if !printed && !in_text.is_empty() {
                return true;
            }
        }
        if !asked.is_empty() {
            let all = months(text);
            let spans = all.iter().any(|&(at, _)| closes_span(text, at));
            let printed: SmallVec<[(usize, u8); 2]> = all
                .into_iter()
                .filter(|&(at, _)| !closes_span(text, at))
                .collect();
            if (!printed.is_empty() || spans)
                && asked
                    .iter()
                    .any(|&(at, m)| q.asks_at_byte(at) && !printed.iter().any(|p| p.1 == m))
            {
                return true;
            }
        }
    }
    // 根河今年冬天最低气温到了多少度, of 根河市历史上-58℃的最低气温: a
    // record over the years is no figure of this one.
    if THIS_YEAR.iter().any(|w| q.asks_word(w))
        && !THIS_YEAR.iter().any(|w| text.contains(w))
        && RECORD_SAID.iter().any(|w| text.contains(w))
    {
        return true;
    }
    if !q.normalized.contains(['年', '季']) {
        return false;
    }
    // 一季度进口了多少, of 3月份，策克口岸进口…: a month is no quarter;
    // 1-3月份 is the first.
    if let Some(&(word, first, last)) = QUARTERS.iter().find(|(w, _, _)| q.asks_word(w))
        && !text.contains(word)
        && !months(text).is_empty()
        && !["-", "—", "~", "～", "至", "到", "－", "——"]
            .iter()
            .any(|sep| text.contains(&format!("{first}{sep}{last}月")))
    {
        return true;
    }
    for family in PERIOD_PARTS {
        for w in *family {
            if q.asks_word(w) && !text.contains(w) && family.iter().any(|o| text.contains(o)) {
                return true;
            }
        }
    }
    let printed: Vec<String> = years(text).map(|(_, _, year)| year).collect();
    if printed.is_empty() {
        return false;
    }
    years(q.normalized).any(|(i, after_digit, year)| {
        !after_digit && q.asks_at(i) && !printed.contains(&year) && !bare_year(text, &year)
    })
}

/// Whether an amount is a number of days, said exactly (3天, 七天).
fn exact_days(a: &&Amount) -> bool {
    a.unit == "天" && !a.approx && !a.several
}

/// The numbers of days the question asks over (春节七天假期: 7).
fn days_asked(q: &Question) -> SmallVec<[f64; 2]> {
    q.said()
        .iter()
        .filter(exact_days)
        .filter(|a| q.asks_at(a.span.0))
        .map(|a| a.value)
        .collect()
}

/// Whether `text` counts over numbers of days (前3天) and never over one
/// of those `asked` ([`days_asked`]).
fn other_days_counted(asked: &[f64], text: &str) -> bool {
    // (前3日 counts days as 前3天 does; 1月28日 is a date.)
    let chars: Vec<char> = text.chars().collect();
    let printed: SmallVec<[f64; 4]> = amounts(text)
        .iter()
        .filter(|a| {
            exact_days(a)
                || a.unit == "日"
                    && !a.approx
                    && a.span.0 > 0
                    && chars.get(a.span.0 - 1).is_some_and(|&c| c != '月')
        })
        .map(|a| a.value)
        .collect();
    !printed.is_empty() && asked.iter().any(|v| !printed.contains(v))
}

/// Words that ask a sum of money.
const MONEY_ASKED: &[&str] = &["钱", "投资", "资金", "元"];

/// Whether `text` has figures (not years) that `keep` keeps, and every one
/// stands in a clause whose words before it `says` holds.
fn every_figure_said(
    text: &str,
    keep: impl Fn(&Amount, Option<&char>) -> bool,
    says: impl Fn(&str) -> bool,
) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let figures: Vec<Amount> = amounts(text)
        .into_iter()
        .filter(|a| !a.year && keep(a, chars.get(a.span.1)))
        .collect();
    !figures.is_empty()
        && figures.iter().all(|a| {
            let start = chars[..a.span.0]
                .iter()
                .rposition(|c| matches!(c, '，' | '。' | '；' | ',' | ';'))
                .map_or(0, |i| i + 1);
            says(&chars[start..a.span.0].iter().collect::<String>())
        })
}

/// Whether every figure of `text` (of money, when `money`) stands in a
/// clause that names a phase (一期, 二期) before it.
fn counts_only_a_phase(text: &str, money: bool) -> bool {
    every_figure_said(
        text,
        |a, _| !money || a.unit == "元",
        |clause| !phases_said(clause).is_empty(),
    )
}

/// Words for now, as a question asks of it.
const NOW: &[&str] = &["现在", "目前", "如今", "眼下", "当前"];
/// Words that set what a clause counts in the past (曾达, 一度, 过去).
const THEN_SAID: &[&str] = &["曾", "一度", "过去", "以前", "昔日", "年代"];

/// Whether every figure of `text` stands in a clause that sets it in the
/// past before it.
fn only_of_the_past(text: &str) -> bool {
    // (Not a decade: 60年代.)
    every_figure_said(
        text,
        |_, next| next != Some(&'代'),
        |clause| THEN_SAID.iter().any(|w| clause.contains(w)),
    )
}

/// Whether `text` prints `year` (2023年) without its 年, before a verb in a
/// run of years (2022年新增市场主体43户,2023增至56户): its digits alone,
/// followed by a Chinese character that is no unit.
fn bare_year(text: &str, year: &str) -> bool {
    let digits = year.trim_end_matches('年');
    text.match_indices(digits).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + digits.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && after.is_some_and(|c| is_han(c) && c != '年' && !is_measure(c) && !is_numeral(c))
    })
}

/// Whether a text counts a sum over years (累计, 34年来, 历年).
fn over_the_years(text: &str) -> bool {
    text.contains("累计")
        || text.contains("历年")
        || text.match_indices("年来").any(|(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十多".contains(c))
        })
}

/// Whether `text` opens on one day, which it tells of (7月22号，机场共保障
/// 航班42架次).
fn opens_on_a_day(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    let digits = |chars: &mut std::iter::Peekable<std::str::Chars>| {
        let mut n = 0;
        while chars.next_if(char::is_ascii_digit).is_some() {
            n += 1;
        }
        (1..=2).contains(&n)
    };
    digits(&mut chars)
        && chars.next() == Some('月')
        && digits(&mut chars)
        && matches!(chars.next(), Some('日' | '号'))
        && matches!(chars.next(), Some('，' | ','))
}

/// Whether `text` counts over a part of a year: a span of months (1—4月,
/// 1-8月份, 1至10月), the first months (前四个月, 前2个月), a half or a
/// quarter (上半年, 一季度).
pub(super) fn part_of_year(text: &str) -> bool {
    if PERIOD_PARTS
        .iter()
        .any(|family| family.iter().any(|w| text.contains(w)))
    {
        return true;
    }
    let first = text.match_indices('前').any(|(at, _)| {
        let rest = &text[at + '前'.len_utf8()..];
        let n = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(*c))
            .count();
        n > 0 && rest.chars().skip(n).take(2).eq("个月".chars())
    });
    first
        || months(text).iter().any(|&(at, _)| {
            let mut before = text[..at].chars().rev();
            matches!(before.next(), Some('—' | '-' | '－' | '至' | '到' | '~'))
                && before.next().is_some_and(|c| c.is_ascii_digit())
        })
}

/// Words for the first months of a year, each with the month they run to:
/// 前三季度 is 1—9月, 上半年 is 1—6月.
pub(super) const FIRST_MONTHS: &[(&str, u8)] = &[
    ("前三季度", 9),
    ("前3季度", 9),
    ("前三个季度", 9),
    ("前两个季度", 6),
    ("前两季度", 6),
    ("上半年", 6),
    ("第一季度", 3),
    ("一季度", 3),
];

/// Whether the clause that asks names the first months of a year
/// (上半年) that story `t` never counts over, while it counts over others
/// (1—9月).
fn other_first_months(q: &Question, t: &crate::knowledge::Topic) -> bool {
    let asked: SmallVec<[(&str, u8); 2]> = FIRST_MONTHS
        .iter()
        .filter(|(word, _)| {
            q.normalized
                .match_indices(word)
                .any(|(at, _)| q.asks_at_byte(at))
        })
        .copied()
        .collect();
    if asked.is_empty() {
        return false;
    }
    let spans = story_months(t);
    !spans.is_empty()
        && asked
            .iter()
            .any(|&(word, last)| !spans.contains(&last) && !t.says(word))
}

/// Whether the deed a question of time asks right after its question
/// word (哪一年落地的: 落地) is told only in clauses of `text` that give no
/// date, and every date it gives is in a later clause that tells more
/// than the date (2025年计划补种1万亩; not 2019年，项目开工, whose date
/// is the sentence's).
fn deed_undated(q: &Question, asked: &[AskedWord], text: &str) -> bool {
    let Some(deed) = asked
        .iter()
        .filter(|a| a.2 == lexicon::Asked::When)
        .find_map(|a| {
            let after: String = q.chars[a.1..]
                .iter()
                .skip_while(|c| matches!(c, '的' | '了' | '是' | '才' | '就'))
                .take(2)
                .collect();
            (after.chars().count() == 2 && after.chars().all(is_han)).then_some(after)
        })
    else {
        return false;
    };
    let clauses: Vec<&str> = text
        .split(['，', '。', '；', '：', ',', ';'])
        .filter(|c| !c.is_empty())
        .collect();
    let telling: Vec<usize> = (0..clauses.len())
        .filter(|&i| clauses[i].contains(deed.as_str()))
        .collect();
    let dated: Vec<usize> = (0..clauses.len())
        .filter(|&i| has_date(clauses[i]))
        .collect();
    // (当地时间2024年7月26日，…被列入《世界遗产名录》: a date before the
    // deed dates it.)
    !telling.is_empty()
        && telling.iter().all(|&i| !has_date(clauses[i]))
        && !dated.is_empty()
        && dated.iter().all(|&i| {
            telling.iter().all(|&t| t < i)
                && clauses[i]
                    .chars()
                    .filter(|&ch| is_han(ch) && !"年月日今去前后初底".contains(ch))
                    .count()
                    >= 4
        })
}

/// Whether the clause that asks names the first months of a year (上半年,
/// to 6月) and `text` dates its figures only by months after them (7月),
/// never by those words.
fn months_after_asked(q: &Question, text: &str) -> bool {
    let printed = months(text);
    !printed.is_empty()
        && FIRST_MONTHS.iter().any(|&(word, last)| {
            q.normalized
                .match_indices(word)
                .any(|(at, _)| q.asks_at_byte(at))
                && !text.contains(word)
                && printed.iter().all(|&(_, m)| m > last)
        })
}

/// The months that spans of story `t`'s texts from January run to.
pub(super) fn story_months(t: &crate::knowledge::Topic) -> SmallVec<[u8; 2]> {
    t.texts().flat_map(months_from_january).collect()
}

/// The months that spans of a text from January run to (1—9月, 1至9月,
/// 一至九月 run to 9).
pub(super) fn months_from_january(text: &str) -> SmallVec<[u8; 2]> {
    months(text)
        .into_iter()
        .filter(|&(at, _)| {
            let Some(before) = text[..at].strip_suffix(['—', '-', '－', '至', '到', '~'])
            else {
                return false;
            };
            let one = before
                .strip_suffix('1')
                .or_else(|| before.strip_suffix('一'));
            one.is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_digit()))
        })
        .map(|(_, m)| m)
        .collect()
}

/// The ASCII digits `text` ends with (2025 of 2025年 cut before 年).
pub(super) fn trailing_digits(text: &str) -> &str {
    &text[text.trim_end_matches(|c: char| c.is_ascii_digit()).len()..]
}

/// The months a text names (7月, 7月份, 七月, 12月28日), each with the
/// byte where its numeral starts and its number; not a count of months
/// (3个月) nor a day's number alone.
pub(super) fn months(text: &str) -> SmallVec<[(usize, u8); 2]> {
    let mut out = SmallVec::new();
    for (at, _) in text.match_indices('月') {
        let before = &text[..at];
        let digits = trailing_digits(before);
        let (start, month) = if !digits.is_empty() {
            (at - digits.len(), digits.parse::<u8>().ok())
        } else {
            let numeral: Vec<char> = before
                .chars()
                .rev()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .collect();
            let n = numeral.len();
            let value = match numeral.iter().rev().collect::<String>().as_str() {
                "十" => Some(10),
                "十一" => Some(11),
                "十二" => Some(12),
                w if w.chars().count() == 1 => w.chars().next().and_then(digit_value),
                _ => None,
            };
            (at - n * '一'.len_utf8(), value)
        };
        // (A numeral run longer than two digits is a year or a count: 2025月 is none.)
        if let Some(m) = month.filter(|m| (1..=12).contains(m))
            && !before[..start].ends_with(|c: char| c.is_ascii_digit())
        {
            out.push((start, m));
        }
    }
    out
}

/// Whether the month at byte `at` of `text` ends a span of months (the 3
/// of 1-3月, or of a question's 1 3月).
fn closes_span(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    before
        .next()
        .is_some_and(|c| ['-', '—', '~', '～', '至', '到', '－', SEP].contains(&c))
        && before.next().is_some_and(|c| c.is_ascii_digit())
}

/// The years a text prints in digits (2023年), each with its character
/// index, whether a digit comes right before it, and its text.
pub(super) fn years(text: &str) -> impl Iterator<Item = (usize, bool, String)> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(4)).filter_map(move |i| {
        let w = &chars[i..i + 5];
        (w[..4].iter().all(char::is_ascii_digit) && w[4] == '年' && (w[0] == '1' || w[0] == '2'))
            .then(|| {
                (
                    i,
                    i > 0 && chars[i - 1].is_ascii_digit(),
                    w.iter().collect(),
                )
            })
    })
}

/// The value of a numeral of one character, in digits or Chinese (四, 4,
/// 两), from one to ten.
fn digit_value(c: char) -> Option<u8> {
    Some(match c {
        '一' | '1' => 1,
        '二' | '两' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        '五' | '5' => 5,
        '六' | '6' => 6,
        '七' | '7' => 7,
        '八' | '8' => 8,
        '九' | '9' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// A Chinese numeral of one character from two to ten (两, 四): counts of
/// a few that questions say so (哪四个). (一 mostly says "a".)
fn small_numeral(c: char) -> Option<u8> {
    digit_value(c).filter(|&n| n >= 2 && !c.is_ascii_digit())
}

/// Words asking what a thing named right before them holds.
const ITEM_ASKS: &[&str] = &[
    "具体是什么",
    "具体是啥",
    "具体有哪些",
    "具体包括",
    "都包括什么",
    "包括哪些",
    "都有哪些",
    "都有什么",
];

/// The keyword a question asks the content of (领取条件具体是什么).
fn item_asked(q: &Question) -> Option<String> {
    // (Most questions hold none of the words: one look for their
    // characters settles those.)
    if !q.normalized.contains(['具', '包', '都']) {
        return None;
    }
    let at = ITEM_ASKS
        .iter()
        .find_map(|w| q.normalized.find(w))
        .map(|b| q.normalized[..b].chars().count())?;
    q.found
        .iter()
        .filter(|f| f.end == at && f.end - f.start >= 2)
        .max_by_key(|f| f.end - f.start)
        .map(|f| q.text((f.start, f.end)))
}

/// Whether `text` names `item` only as one of a list it closes with 等
/// (参保操作步骤、领取条件和税收优惠等内容), saying nothing of it.
fn listed_only(text: &str, item: &str) -> bool {
    let Some(at) = text.find(item) else {
        return false;
    };
    let before = text[..at].chars().next_back();
    let after = &text[at + item.len()..];
    let in_list =
        matches!(before, Some('、' | '和' | '及')) || after.starts_with(['、', '和', '及']);
    let closed = after
        .char_indices()
        .take_while(|&(_, c)| !matches!(c, '，' | '。' | '；' | '：'))
        .any(|(_, c)| c == '等');
    in_list && closed && text.matches(item).count() == 1
}

/// Whether the question asks a yield or a sum per mu (亩产, 单产, 每亩)
/// that `text` does not tell per mu.
/// (每亩补偿多少钱, of 转让了280亩…补偿款400多万元: the whole is no
/// sum per mu.)
fn yield_unsaid(q: &Question, text: &str) -> bool {
    q.normalized.contains(['产', '亩'])
        && (["亩产", "单产"].iter().any(|y| q.normalized.contains(y))
            || ["每亩", "亩均"].iter().any(|y| q.asks_word(y)))
        && !["单产", "每亩", "/亩", "一亩"]
            .iter()
            .any(|y| text.contains(y))
        && !mu_figure(text)
}

/// Whether `text` names a figure per mu by 亩 opening its noun (亩产,
/// 亩均, 亩收益): a 亩 that no number counts.
fn mu_figure(text: &str) -> bool {
    let counts = |c: char| c.is_ascii_digit() || is_numeral(c) || "万千百多余".contains(c);
    let chars: Vec<char> = std::iter::once('。').chain(text.chars()).collect();
    chars
        .windows(3)
        .any(|w| w[1] == '亩' && "产均收效增".contains(w[2]) && !counts(w[0]))
}

/// The phase a question names (二期, 第三期, 首期), as its number: not a
/// count of phases (分两期, 共3期, 几期) nor a period (“十五”期间).
pub(super) fn phase_asked(text: &str) -> Option<u8> {
    if !text.contains('期') {
        return None;
    }
    phases_said(text).first().copied()
}

/// The phases a text names, in order (一期工程…；二期…).
pub(super) fn phases_said(text: &str) -> Vec<u8> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 1..chars.len() {
        if chars[i] != '期' || chars.get(i + 1) == Some(&'间') {
            continue;
        }
        // (两期 counts phases; 十 ends the periods of a plan, 十五期间.)
        let n = match chars[i - 1] {
            '首' => 1,
            '两' | '十' => continue,
            c => match digit_value(c) {
                Some(n) => n,
                None => continue,
            },
        };
        // (这一期, 上一期, 哪一期: an issue pointed at, no phase.)
        if i >= 2 && "分共为几等同每这那上下本哪".contains(chars[i - 2]) {
            continue;
        }
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Whether a question asks a total (一共, 总共, 共有).
fn asks_total(normalized: &str) -> bool {
    ["一共", "总共", "共有", "总数"]
        .iter()
        .any(|w| normalized.contains(w))
}

/// Whether every count a point gives is of one batch its clause names
/// (第二批…名录，包头有4个产品在列; 首批13家).
fn counts_of_a_batch(fact: &crate::knowledge::Fact) -> bool {
    every_count(fact, |before| {
        let clause = before.rsplit(['。', '；', ';']).next().unwrap_or("");
        clause.contains("首批")
            || clause
                .find('第')
                .is_some_and(|i| clause[i..].chars().take(5).any(|c| c == '批'))
    })
}

/// Whether every count a point gives is of others besides someone (其他
/// 97户牧民, 其余3家).
fn counts_only_others(fact: &crate::knowledge::Fact) -> bool {
    every_count(fact, |before| {
        ["其他", "其余", "另外"].iter().any(|w| before.ends_with(w))
    })
}

/// Whether every count a point gives is of what was added, in the clause
/// that counts it (增设住院床位20张, 新增3家).
fn counts_only_added(fact: &crate::knowledge::Fact) -> bool {
    every_count_clause(fact, |clause| ADDED.iter().any(|w| clause.contains(w)))
}

/// Verbs of adding to what there was (增设, 新增).
const ADDED: &[&str] = &["增设", "新增", "增加", "新建", "扩建", "增添", "加设"];

/// Whether every count `fact` gives is one per each (每个服务站都配有1名至
/// 4名, 平均每场…超千人, 人均): a share out, not a total.
fn counts_each(fact: &crate::knowledge::Fact) -> bool {
    every_count_clause(fact, |clause| {
        ["每", "均"].iter().any(|w| clause.contains(w))
    })
}

/// [`every_count`], with `said` asked of the clause each count is printed
/// in, up to the count.
fn every_count_clause(fact: &crate::knowledge::Fact, said: impl Fn(&str) -> bool) -> bool {
    every_count(fact, |before| {
        said(
            before
                .rsplit(['，', '。', '；', ',', ';'])
                .next()
                .unwrap_or(""),
        )
    })
}

/// Whether `fact` gives a count (a figure with a number that is not a
/// date) and every count it gives passes `is`.
fn every_count_is(fact: &crate::knowledge::Fact, is: impl Fn(&str) -> bool) -> bool {
    let mut counts = fact
        .figures
        .iter()
        .map(|g| g.value.as_str())
        .filter(|v| has_number(v) && !only_dates(v))
        .peekable();
    counts.peek().is_some() && counts.all(is)
}

/// Whether `fact` gives a count (not a date) and every place it prints
/// each of its counts passes `said` on the text before it.
fn every_count(fact: &crate::knowledge::Fact, said: impl Fn(&str) -> bool) -> bool {
    every_count_is(fact, |v| {
        fact.answer
            .match_indices(v)
            .all(|(i, _)| said(&fact.answer[..i]))
    })
}

/// Units a price is said per (每斤32元, 每亩6000多元), besides 个.
pub(super) const PRICE_UNITS: &str = "斤亩头只吨箱瓶袋";

/// Kinds of one that a question asks a figure per (每辆, 每场, 每个): not
/// times (每年, 每天), which a point gives as rates in other words.
/// (Nor 亩: a yield or a sum per mu is printed 亩产, 亩均, 每亩 alike.)
const EACH_UNITS: &str = "辆个人户头只场站台家所条座套件";
/// Measure words of counts of things (40余所, 123个, 6道): a figure that
/// ends with one counts things, not an amount.
pub(super) const COUNTERS: &str = "所个家座名位项处条台套只头支辆种类批峰道户人场次列匹件";

/// The kind of one a question asks a figure per (无人车每辆能拉多少吨: 辆),
/// by 每 or by 一 opening the question (一辆无人车一趟能拉多少吨).
fn each_asked(normalized: &str) -> Option<char> {
    let opening = normalized.starts_with('一').then_some(0);
    let each = normalized.match_indices('每').map(|(i, _)| i);
    opening.into_iter().chain(each).find_map(|i| {
        let mut after = normalized[i..].chars().skip(1);
        let unit = after.next().filter(|&u| EACH_UNITS.contains(u))?;
        // (每个月, 每个星期: a time, which a point gives as a rate.)
        let time = unit == '个' && after.next().is_some_and(|c| "月星礼周季小年工".contains(c));
        (!time).then_some(unit)
    })
}

/// Whether a point counts per one of what the question counts by 个 (每个
/// 黄羊群, of 每群至少有60只左右): 每 before a word of the noun after 每个.
fn each_by_its_noun(normalized: &str, answer: &str) -> bool {
    let Some(at) = normalized.find("每个") else {
        return false;
    };
    normalized[at + "每个".len()..]
        .chars()
        .take(4)
        .filter(|&c| is_han(c))
        .any(|c| answer.contains(&format!("每{c}")))
}

/// Words of a question asking how often (多久做一回, 隔几天).
const HOW_OFTEN: &[&str] = &["一次", "一回", "一趟", "一轮", "隔"];

/// Whether a point counts per one of a noun ending in `unit` (每站, of
/// 每个家门口就业服务站都配有1名至4名): 每个 before it.
fn each_of_a_noun_in(answer: &str, unit: char) -> bool {
    crate::text::find_all(answer, "每个").any(|at| {
        answer[at + "每个".len()..]
            .chars()
            .take_while(|&c| is_han(c) && !"的是有都配".contains(c))
            .take(10)
            .any(|c| c == unit)
    })
}

/// The unit a price is asked per (多少钱一斤, 一斤多少钱, 每斤多少钱: 斤),
/// of [`PRICE_UNITS`] and 个.
fn per_unit_asked(normalized: &str) -> Option<char> {
    let money = normalized.find("多少钱")?;
    let after = &normalized[money + "多少钱".len()..];
    let unit_after = after
        .strip_prefix(['一', '每'])
        .and_then(|r| r.chars().next());
    let mut before = normalized[..money].chars().rev();
    let unit_before = match (before.next(), before.next()) {
        (Some(u), Some('一' | '每')) => Some(u),
        _ => None,
    };
    unit_after
        .or(unit_before)
        .filter(|&u| PRICE_UNITS.contains(u) || u == '个')
}

/// Whether the question takes a total the point gives (123个服务站) and asks
/// a part of it (里科尔沁区有几个) that the point does not name.
pub(super) fn part_of_total(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    if !q.normalized.contains(['里', '中']) {
        return false;
    }
    let said = q.said();
    let printed: Vec<_> = fact
        .figures
        .iter()
        .flat_map(|g| amounts(&g.value))
        .collect();
    // (2025年第二批名录里包头入选了几个: a year or a rank is no total to
    // part.)
    let ordinal = |a: &&Amount| a.span.0 > 0 && q.chars[a.span.0 - 1] == '第';
    said.iter().filter(|a| !a.year && !ordinal(a)).any(|a| {
        if !printed.iter().any(|p| p.comparable(a) && p.agrees(a)) {
            return false;
        }
        // After the total, within a few characters: 里, 中, 当中, 其中;
        // then the part, up to the question word.
        let after: String = q.chars[a.span.1..].iter().take(16).collect();
        let Some(at) = ["里", "当中", "之中", "中"]
            .iter()
            .filter_map(|w| {
                after
                    .match_indices(w)
                    // 哪里, 这里 ask where; they part nothing.
                    // The total's noun comes first (四十多所中小学: 中 opens
                    // a noun).
                    // 公里, 千里: a unit, not 里 of a whole; 集中, 高中:
                    // a word, not 中 of one; 满洲里: a place.
                    .find(|&(i, _)| {
                        // (前11个月中欧班列: 中 opens a keyword, 中欧班列.)
                        let at = a.span.1 + after[..i].chars().count();
                        i > 0
                            && !after[..i].ends_with([
                                '哪', '这', '那', '公', '千', '英', '海', '集', '高', '洲',
                            ])
                            && !q.found.iter().any(|f| f.start == at && f.end > at + 1)
                    })
                    .map(|(i, _)| i + w.len())
            })
            .filter(|&i| after[..i].chars().count() <= 10)
            .min()
        else {
            return false;
        };
        let rest = &after[at..];
        let part: String = rest
            .chars()
            .take_while(|&c| !matches!(c, '有' | '占' | '是' | '多' | '几' | '哪' | '最'))
            .collect();
        // 29家加工企业里最大的是哪家: the first of them is a part too.
        let part = match part.is_empty() && rest.starts_with('最') {
            true => rest.chars().take(2).collect(),
            false => part,
        };
        // 10家科研院所里提到了哪家: words of the story's telling part
        // nothing.
        let told = [
            "提到", "提及", "说到", "讲到", "写到", "报道", "列出", "点到",
        ];
        let part = match told
            .iter()
            .find_map(|w| part.trim_start_matches(SEP).strip_prefix(w))
        {
            Some(rest) => rest.trim_start_matches(['了', '过', '的']).to_string(),
            None => part,
        };
        part.chars().count() >= 2 && !fact.answer.contains(&part)
    })
}

/// A place of the story's region (a 旗, 县 or 区) that the question asks
/// about and the point does not name, when the point speaks of the whole
/// region by its name, the story is not about that place (its headline,
/// title and lead do not name it) and the point names no other place the
/// question names (a 镇 of it).
fn sub_place_unnamed(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
    fact: &Fact,
) -> Option<String> {
    let story = kb.topics.get(reading.topic)?;
    let region = kb.regions.get(story.region.index())?;
    let whole = std::iter::once(&region.full)
        .chain(&region.aliases)
        .any(|name| {
            name.chars().count() > region.name.chars().count()
                && fact.answer.contains(name.as_str())
        })
        || ["全盟", "全市"].iter().any(|w| fact.answer.contains(w));
    if !whole
        || story
            .places
            .iter()
            .any(|p| q.normalized.contains(p.as_str()) && fact.answer.contains(p.as_str()))
    {
        return None;
    }
    q.found
        .iter()
        .filter(|f| q.asks_at(f.start))
        .filter(|f| index.names_place_of(f.pattern, story.region.index()))
        .map(|f| q.text((f.start, f.end)))
        .filter(|p| p.ends_with(['旗', '县', '区']) && region.places.iter().any(|r| r == p))
        // (固阳县 is named by 固阳黄芪: the place without its 县.)
        .map(|p| match p.strip_suffix(['旗', '县', '区']) {
            Some(stem) if stem.chars().count() >= 2 => stem.to_string(),
            _ => p,
        })
        .find(|p| {
            !fact.answer.contains(p.as_str())
                && !story.source.headline.contains(p.as_str())
                && !story.title.contains(p.as_str())
                // (Nor of the place its lead is about: 新巴尔虎右旗, whose
                // points say 全旗.)
                && !story.answer.contains(p.as_str())
        })
}

/// A region other than the story's that the question asks about, by its
/// name, when the question names neither the story's region nor a place
/// of it, and the point names neither that region (by any of its names)
/// nor a place of it.
fn other_region_unnamed(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
    fact: &Fact,
) -> Option<String> {
    let own = kb.topics.get(reading.topic)?.region.index();
    let mut other = None;
    for f in q.found.iter().filter(|f| q.asks_at(f.start)) {
        for t in index.triggers(f.pattern) {
            match t.target {
                Target::Region(r) | Target::RegionPlace(r) if r == own => return None,
                Target::Region(r) => other = other.or(Some(r)),
                _ => {}
            }
        }
    }
    let region = kb.regions.get(other?)?;
    let named = std::iter::once(&region.name)
        .chain(std::iter::once(&region.full))
        .chain(&region.aliases)
        .chain(&region.places)
        .any(|name| fact.answer.contains(name.as_str()));
    (!named).then(|| region.name.clone())
}

/// Whether the thing a bare count asks of (多少日用品) is one the point
/// names only in clauses with no figure, and every count of the point is
/// printed right before a thing of its own (两顶蒙古包).
fn counts_other_things(
    q: &Question,
    asked: &[AskedWord],
    fact: &Fact,
    story: Option<&Topic>,
) -> bool {
    // 蒙牛在呼和浩特有几个工厂, of 伊利、蒙牛…受益群体超过1000万人: a
    // thing counted by 个, that closes the question, which the point never
    // names while its every count is of people.
    // (乌拉特后旗保护区里有几只雪豹, of 1只成年狼与4只小狼…1只猞猁: nor
    // by a point each of whose counts is printed before a thing of its
    // own, nor by one while another point of the story names the thing,
    // 北山羊的天敌主要有猞猁、狼和雪豹.)
    let closing_thing = asked
        .iter()
        .filter(|a| a.2 == lexicon::Asked::Count && a.1 > 0)
        .find_map(|a| {
            let counter = |c: &char| COUNTERS.contains(*c) && *c != '人';
            let (by, from) = if counter(&q.chars[a.1 - 1]) {
                (q.chars[a.1 - 1], a.1)
            } else {
                let &c = q.chars.get(a.1).filter(|c| counter(c))?;
                (c, a.1 + 1)
            };
            let rest = q.text((from, q.len()));
            let rest = rest.trim_end_matches(['啊', '呀', '呢', '吗', '？', '?', '。']);
            (rest.chars().count() == 2 && rest.chars().all(is_han)).then(|| (by, rest.to_string()))
        });
    if let Some((by, thing)) = closing_thing
        && !fact.answer.contains(thing.as_str())
    {
        let people =
            |w: &str| HEADS.contains(&w) || w.ends_with(['人', '员', '者', '户', '民', '工']);
        let own_things = || counts_own_things(fact, |v| v.ends_with(by), "");
        return !people(&thing)
            && !fact.label.contains(thing.as_str())
            && !fact.keywords.iter().any(|k| k.contains(thing.as_str()))
            && (by == '个'
                && every_count_is(fact, |v| {
                    ["人", "名", "人次", "位"].iter().any(|u| v.ends_with(u))
                })
                || own_things()
                // (多少个品种, of 40余种: the thing's own measure word.)
                || !fact.figures.iter().any(|g| thing.ends_with(g.value.chars().last().unwrap_or(' ')))
                    && story.is_some_and(|t| {
                        t.facts.iter().any(|f| f.id != fact.id && f.answer.contains(thing.as_str()))
                    }));
    }
    let Some(head) = asked
        .iter()
        .filter(|a| a.2 == lexicon::Asked::Count && a.3)
        .find_map(|a| {
            let after: Vec<char> = q.chars[a.1..]
                .iter()
                .take_while(|c| is_han(**c))
                .take(2)
                .copied()
                .collect();
            (after.len() == 2 && !is_measure(after[0]) && !q.function[a.1])
                .then(|| after.iter().collect::<String>())
        })
    else {
        return false;
    };
    if !fact.answer.contains(head.as_str()) {
        return false;
    }
    // (完成纪念馆三层布展: a count in words is a figure too.)
    // (急需工人给3000多双成品鞋穿鞋带: a clause whose every number, in
    // digits, counts a thing of its own named after it says no count of
    // the thing asked.)
    let figured = |clause: &str| {
        let by_digits =
            clause.chars().any(|c| c.is_ascii_digit()) && !others_counted_in(clause, &head);
        let in_words = clause
            .chars()
            .any(|c| "一二两三四五六七八九十百千万".contains(c))
            && !(clause.chars().any(|c| c.is_ascii_digit())
                && clause
                    .chars()
                    .filter(|c| "一二两三四五六七八九十百千万".contains(*c))
                    .all(|c| "百千万".contains(c)));
        by_digits
            || in_words
            || fact
                .figures
                .iter()
                .filter(|g| !g.value.chars().any(|c| c.is_ascii_digit()))
                .any(|g| clause.contains(g.value.as_str()))
    };
    fact.answer
        .split(['，', '。', '；', '：', ',', ';'])
        .filter(|c| c.contains(head.as_str()))
        .all(|c| !figured(c))
        && counts_own_things(fact, |_| true, &head)
}

/// Whether `fact` gives counts, each kept by `keep` and printed, wherever
/// it stands, right before a thing of its own other than `other_than`
/// (两顶蒙古包, 1只猞猁).
fn counts_own_things(fact: &Fact, keep: impl Fn(&str) -> bool, other_than: &str) -> bool {
    every_count_is(fact, |v| {
        keep(v)
            && fact.answer.match_indices(v).all(|(at, _)| {
                let thing: String = fact.answer[at + v.len()..]
                    .chars()
                    .take_while(|c| is_han(*c))
                    .take(2)
                    .collect();
                thing.chars().count() == 2
                    && !thing.starts_with(['的', '以', '左', '多', '余'])
                    && thing != other_than
            })
    })
}

/// Whether each number in digits of `clause` counts, by a measure word, a
/// thing named after it that is not `head` (3000多双成品鞋, 30多名灵活就业
/// 人员, asked 工人).
fn others_counted_in(clause: &str, head: &str) -> bool {
    let chars: Vec<char> = clause.chars().collect();
    let mut i = 0;
    let mut any = false;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        while i < chars.len() && "百千万亿多余".contains(chars[i]) {
            i += 1;
        }
        if i >= chars.len() || !is_measure(chars[i]) {
            return false;
        }
        i += 1;
        let thing: String = chars[i..]
            .iter()
            .take_while(|c| is_han(**c))
            .take(2)
            .collect();
        if thing.chars().count() < 2
            || thing.starts_with(['的', '以', '左', '多', '余'])
            || head.contains(thing.as_str())
            || thing.contains(head)
        {
            return false;
        }
        any = true;
    }
    any
}

/// How a story may call a person by surname and a title alone (李先生,
/// 马女士, 王师傅).
const TITLED: &[&str] = &[
    "先生", "女士", "师傅", "大爷", "大妈", "大娘", "大姐", "大哥", "阿姨", "老汉", "奶奶", "爷爷",
];

/// Words that ask a person's full name.
const FULL_NAME_ASKS: &[&str] = &["全名", "真名", "大名", "姓名", "名字", "叫什么", "叫啥"];

/// Whether the question asks the full name of someone the story calls by
/// surname and title alone (李先生全名叫啥), and no person of the story
/// has a name of that surname that may be theirs.
fn full_name_unprinted(kb: &KnowledgeBase, q: &Question, reading: Reading) -> bool {
    let Some(story) = kb.topics.get(reading.topic) else {
        return false;
    };
    const NOT_SURNAME: &str = "的那这个位是该其和与跟及";
    TITLED.iter().any(|title| {
        crate::text::find_all(q.normalized, title).any(|at| {
            let Some(surname) = q.normalized[..at].chars().next_back() else {
                return false;
            };
            if !is_han(surname) || NOT_SURNAME.contains(surname) {
                return false;
            }
            let called = format!("{surname}{title}");
            let after = &q.normalized[at + title.len()..];
            story.says(&called)
                && FULL_NAME_ASKS.iter().any(|w| after.contains(w))
                && !story.facts.iter().any(|f| {
                    f.kind == FactKind::Person
                        && f.label.starts_with(surname)
                        && !f.label.contains(title)
                        && (2..=4).contains(&f.label.chars().count())
                })
        })
    })
}

/// Whether the question asks a figure of a name that only another point of
/// the story holds (伊利, 蒙牛), and the point, which does not name it,
/// counts the whole (全市) or a name the story lists beside it (伊利、蒙牛).
fn member_unnamed(
    kb: &KnowledgeBase,
    q: &Question,
    reading: Reading,
    fact: &Fact,
    asked: &[AskedWord],
    parts: &[Part],
) -> bool {
    let Some(story) = kb.topics.get(reading.topic) else {
        return false;
    };
    // The name asked of opens the question, after at most the story's
    // names (not 兴安盟的水稻一年产多少, whose 年产 is another point's
    // word), comes before the question word (not 这个数统计到啥时候), and
    // is no speaker (刘馥瑄说的…可开发容量).
    let first_asked = asked.iter().map(|a| a.0).min().unwrap_or(q.len());
    const SPEAKS: &[char] = &['说', '讲', '介', '表', '提', '谈', '称'];
    let names = |text: &str| {
        fact.answer.contains(text) || fact.question.contains(text) || fact.label.contains(text)
    };
    let whole = ["全市", "全盟", "全区", "全旗", "全县", "全国"]
        .iter()
        .any(|w| fact.answer.contains(w));
    // Runs of the question's characters that name another point.
    super::runs_of(parts, |p| p == Part::Sibling)
        .into_iter()
        .filter(|&(s, e)| {
            e - s >= 2
                && e <= first_asked
                && parts[..s]
                    .iter()
                    .all(|p| matches!(p, Part::Story | Part::Function | Part::Context))
                && (s..e).all(|i| q.asks_at(i))
                && !q.chars.get(e).is_some_and(|c| SPEAKS.contains(c))
        })
        .map(|span| q.text(span))
        .filter(|name| !names(name))
        .any(|name| {
            // The names the story lists it with (伊利、蒙牛), as long as it.
            // (Not 孟慧臻和老队友们, JSQ班列与传统的车厢: 和 and 与 join
            // more than names.)
            let len = name.chars().count();
            let peers: Vec<String> = story
                .texts()
                .flat_map(|t| t.match_indices(name.as_str()).map(move |(at, _)| (t, at)))
                .flat_map(|(t, at)| {
                    let after = t[at + name.len()..]
                        .strip_prefix('、')
                        .map(|rest| rest.chars().take(len).collect::<String>());
                    let before = t[..at].strip_suffix('、').map(|rest| {
                        let mut peer: Vec<char> = rest.chars().rev().take(len).collect();
                        peer.reverse();
                        peer.into_iter().collect::<String>()
                    });
                    after.into_iter().chain(before)
                })
                .filter(|p| p.chars().count() == len && p.chars().all(is_han))
                .collect();
            !peers.is_empty() && (whole || peers.iter().any(|p| names(p)))
        })
}

/// Words that make a rank national or worldwide (中国最大), and words that
/// narrow one (北方第一大, 沿边省区过货量最大).
pub(super) const NATIONAL: &[&str] = &["全国", "中国", "国内", "我国", "世界", "全球"];
pub(super) const NARROWER: &[&str] = &[
    "北方",
    "南方",
    "华北",
    "东北",
    "西北",
    "西部",
    "东部",
    "沿边",
    "省区",
    "自治区",
    "全区",
    "区内",
    "全盟",
    "全市",
    "全旗",
    "亚洲",
];

/// Whether the question asks a national or world rank (中国最大的淡水湖)
/// of a point whose every rank is narrower (北方第一大淡水湖).
pub(super) fn rank_narrower(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    if !q.normalized.contains(['最', '第']) && !q.normalized.contains("老几") {
        return false;
    }
    // 第一 printed; 第一, 第几 or 老几 asked (呼和浩特的研发投入在全国排第几).
    fn ranks<'t>(
        text: &'t str,
        ordinals: &'static [&'static str],
    ) -> impl Iterator<Item = &'t str> + 't {
        text.match_indices(['最', '第', '老'])
            .filter(move |&(at, m)| m == "最" || ordinals.iter().any(|o| text[at..].starts_with(o)))
            .map(move |(at, _)| {
                let from = text[..at].char_indices().rev().nth(7).map_or(0, |(i, _)| i);
                &text[from..at]
            })
    }
    let national = ranks(q.normalized, &["第一", "第几", "老几"]).any(|before| {
        let near: String = before
            .chars()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        NATIONAL.iter().any(|w| near.contains(w)) && !NARROWER.iter().any(|w| near.contains(w))
    });
    let mut printed = ranks(&fact.answer, &["第一"]).peekable();
    national
        && printed.peek().is_some()
        && printed.all(|before| NARROWER.iter().any(|w| before.contains(w)))
}

/// Words a point says a cause with (由于, 原因, 导致, 为了, 得益于).
const CAUSES: &[&str] = &[
    "因",
    "由于",
    "导致",
    "造成",
    "引起",
    "为了",
    "得益于",
    "缘于",
    "源于",
    "所以",
];

/// Whether the clause that asks asks for a cause by name (什么原因, 起因,
/// 是什么引起的). Not 为什么: a point tells why in many ways
/// (根河为啥叫中国冷极, of its record low).
fn cause_asked(q: &Question) -> bool {
    ["原因", "起因", "引起"].iter().any(|w| q.asks_word(w))
}

/// Where the first word asking why (为什么, 为啥, 为何) stands in `text`,
/// as a byte span.
fn why_word(text: &str) -> Option<(usize, usize)> {
    ["为什么", "为啥", "为何"]
        .iter()
        .filter_map(|w| text.find(w).map(|i| (i, i + w.len())))
        .min()
}

/// What a why question asks the cause of: its words after 为什么 to the
/// end of their clause, without the modal before (要, 会) or the particles
/// after (了, 呢).
fn why_event(q: &Question) -> Option<String> {
    let text = q.normalized;
    let (_, at) = why_word(text)?;
    let clause = text[at..]
        .split(['，', '。', '？', '！', ',', '?', '!', '；'])
        .next()?;
    let clause = clause.trim_start_matches(['要', '会', '就', '能', '还', '又', '得']);
    let clause = clause.trim_end_matches(['了', '呢', '啊', '呀', '吗', '嘛', '哈']);
    (clause.chars().count() >= 2).then(|| clause.to_string())
}

/// What a why question asks about when it names it right before 为什么
/// (订单为啥多了: 订单): the two characters there, when they are not
/// grammar (那年为啥, 他们为什么).
fn why_subject(q: &Question) -> Option<String> {
    const GRAMMAR: &str = "的了是都也还就又要会能那这年们你我他她它啊呢吗";
    let text = q.normalized;
    let (at, _) = why_word(text)?;
    let before: Vec<char> = text[..at].chars().collect();
    let two = before.get(before.len().checked_sub(2)?..)?;
    two.iter()
        .all(|&c| is_han(c) && !GRAMMAR.contains(c))
        .then(|| two.iter().collect())
}

/// Whether `answer` says `subject` and only right after 由于 or 因为
/// (由于订单量增加), as the cause of what its clause goes on to tell.
fn said_only_as_a_cause(answer: &str, subject: &str) -> bool {
    answer.contains(subject)
        && answer
            .match_indices(subject)
            .all(|(at, _)| ["由于", "因为"].iter().any(|w| answer[..at].ends_with(w)))
}

/// Whether the longest end of `event` that `answer` says (three
/// characters at least) is said only right before 后 or 以后, as the time
/// of what followed it.
fn said_only_as_a_time(answer: &str, event: &str) -> bool {
    let chars: Vec<char> = event.chars().collect();
    let Some(said) = (0..chars.len().saturating_sub(2))
        .map(|i| chars[i..].iter().collect::<String>())
        .find(|end| answer.contains(end.as_str()))
    else {
        return false;
    };
    answer.match_indices(said.as_str()).all(|(at, _)| {
        let rest = &answer[at + said.len()..];
        ["后", "以后", "之后"].iter().any(|w| rest.starts_with(w))
    })
}

/// What a superlative ranks by, after 最 (最多, 最大, 最早, 最好).
pub(super) const SUPERLATIVE_OF: &[char] = &[
    '多', '少', '大', '小', '高', '低', '长', '短', '早', '晚', '贵', '便', '好', '快', '强', '重',
    '深', '远', '久', '老', '挣', '赚', '值', '受',
];

/// What the question asks the top of a group by (哪家拿得最多: 多,
/// 最大的鱼: 大): a 最 of a rank in the clause that asks, not part of a name
/// the reading knows (最美乡村). (最早是哪一年 asks when a thing began.)
pub(super) fn superlative_asked(q: &Question, parts: &[Part]) -> Option<char> {
    let when = q.asked.iter().any(|a| a.2 == lexicon::Asked::When);
    (0..q.len().saturating_sub(1))
        .find(|&i| {
            q.chars[i] == '最'
            && SUPERLATIVE_OF.contains(&q.chars[i + 1])
            && !(when && q.chars[i + 1] == '早')
            // (最早起源于哪个国家: an origin is the earliest already. 最早
            // 是用什么搭起来的, 最早那会儿: at first, how a thing began.)
            && !(q.chars[i + 1] == '早' && {
                let rest: String = q.chars[i + 2..].iter().take(2).collect();
                ["起源", "发源", "源于", "源自", "诞生"].contains(&rest.as_str())
                    || rest.starts_with(['是', '就', '时', '那'])
            })
            && q.asks_at(i)
            && !matches!(parts[i], Part::Point | Part::Story)
        })
        .map(|i| q.chars[i + 1])
}

/// Whether the words just before a count's question word at `at` (水面
/// 面积, past 现在 and 有) are in the point's text only in clauses that
/// hold no number, while a clause with one measures another of their kind
/// (湿地保护修复面积), and no figure is labelled by them.
pub(super) fn unfigured(
    q: &Question,
    at: usize,
    fact: &crate::knowledge::Fact,
    parts: &[Part],
) -> bool {
    let end = (0..at).rev().find(|&i| !q.function[i]).map_or(0, |i| i + 1);
    let start = (0..end)
        .rev()
        .take_while(|&i| !q.function[i] && is_han(q.chars[i]))
        .take(4)
        .last()
        .unwrap_or(end);
    if end - start < 2 {
        return false;
    }
    let noun = q.text((start, end));
    let head = q.text((end - 2, end));
    // Only a noun of a measure (面积, 产量, 人数) is measured by a figure.
    if !MEASURED.contains(&head.as_str()) {
        return false;
    }
    let digits = |c: &str| c.chars().any(|c| c.is_ascii_digit());
    let clauses = || fact.answer.split(['，', '。', '；', '：', ',', ';']);
    let mut said = clauses().filter(|c| c.contains(noun.as_str())).peekable();
    // 呼伦湖面积有多大, of 湿地保护修复面积达800公顷: the name of the
    // story's place before the measure, which the point gives only for a
    // part of it named otherwise (修复).
    // (呼伦湖的面积: past one 的.)
    let qualifier_end = match end - 2 {
        e if e > 0 && q.chars[e - 1] == '的' => e - 1,
        e => e,
    };
    let qualifier_start = (0..qualifier_end)
        .rev()
        .take_while(|&i| is_han(q.chars[i]) && !q.function[i])
        .take(4)
        .last()
        .unwrap_or(qualifier_end);
    let place = q.chars[..qualifier_end]
        .last()
        .is_some_and(|c| "湖海河山县旗市盟镇乡村岸园".contains(*c));
    let qualified = format!("{}{head}", q.text((qualifier_start, qualifier_end)));
    if !fact.answer.contains(qualified.as_str())
        && place
        && qualifier_start <= qualifier_end.saturating_sub(2)
        && parts[qualifier_start..qualifier_end]
            .iter()
            .all(|&p| p == Part::Story)
    {
        let mut figured = clauses()
            .filter(|c| digits(c) && c.contains(head.as_str()))
            .peekable();
        return figured.peek().is_some()
            && figured.all(|c| {
                let before = &c[..c.find(head.as_str()).unwrap_or(0)];
                let qualifier: Vec<char> = before
                    .chars()
                    .rev()
                    .take_while(|c| is_han(*c))
                    .take(4)
                    .collect();
                qualifier.len() >= 2
                    && !qualifier
                        .iter()
                        .any(|c| q.chars[qualifier_start..qualifier_end].contains(c))
            });
    }
    said.peek().is_some()
        && said.all(|c| !digits(c))
        // The figure is of another of its kind (湿地保护修复面积达800公顷).
        && clauses().any(|c| digits(c) && c.contains(head.as_str()) && !c.contains(noun.as_str()))
        && !fact.figures.iter().any(|g| g.label.contains(noun.as_str()))
}

/// Nouns of what a figure measures, as a question names them before its
/// question word (水面面积有多大).
pub(super) const MEASURED: &[&str] = &[
    "面积", "产量", "人数", "数量", "总量", "收入", "金额", "长度", "产值", "规模", "容量", "投资",
    "价格", "资金", "经费",
];

/// Ways of asking a price, and of stating one.
pub(super) const PRICE_ASKS: &[&str] = &[
    "多少钱一斤",
    "多少钱一公斤",
    "一斤多少钱",
    "一公斤多少钱",
    "多少钱一个",
    "价格",
    "售价",
    "卖多少钱",
    "单价",
];
pub(super) const PRICE_SAID: &[&str] = &["价", "卖", "元/", "元一", "元每"];

/// Who speaks a point that opens by quoting them in the first person
/// (“我在温室…种了十来亩…”付清禄每日…): the first two characters after the
/// quote, when they are a name's (of a surname) and not a word of grammar.
/// The one person a point opens on as its subject, by a family name and
/// a form of address (李先生, 王女士, 张大爷).
fn one_person(answer: &str) -> Option<&str> {
    const ADDRESS: [&str; 6] = ["先生", "女士", "大爷", "大妈", "阿姨", "师傅"];
    let first = answer.chars().next().filter(|&c| crate::text::is_han(c))?;
    let rest = &answer[first.len_utf8()..];
    ADDRESS
        .iter()
        .find(|a| rest.starts_with(**a))
        .map(|a| &answer[..first.len_utf8() + a.len()])
}

fn first_person_speaker(answer: &str) -> Option<&str> {
    let quote = answer.strip_prefix("“我")?;
    let end = quote.find('”')?;
    let after = &quote[end + '”'.len_utf8()..];
    let two: usize = after.chars().take(2).map(char::len_utf8).sum();
    let name = &after[..two];
    (name.chars().count() == 2
        && name.chars().all(is_han)
        && name
            .chars()
            .next()
            .is_some_and(|c| crate::text::SURNAMES.contains(c)))
    .then_some(name)
}

/// A sum of money as printed: 800元, 1.2万元.
static SUM: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\d+(?:\.\d+)?[万亿]?元").expect("sum pattern"));

/// Whether `text` says what `one` of a measure brings, in its clause: 一公斤
///的优质羊绒最高能收入800元.
fn priced_one(text: &str, one: &str) -> bool {
    text.match_indices(one).any(|(at, _)| {
        let clause = text[at..]
            .split(['，', '。', '；', ',', ';'])
            .next()
            .unwrap_or("");
        SUM.is_match(clause)
    })
}

/// Whether `text` prices one of a measure: 每 and the measure, then a sum
/// in 元 (平均每斤130元, 每公斤8.5元); not 每亩产量1000斤.
fn priced_each(text: &str) -> bool {
    text.match_indices('每').any(|(at, _)| {
        let rest = &text[at + '每'.len_utf8()..];
        ["公斤", "斤", "吨", "只", "头", "张", "晚", "箱", "盒", "件"]
            .iter()
            .filter_map(|u| rest.strip_prefix(u))
            .any(|sum| {
                let digits = sum
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.')
                    .count();
                digits > 0
                    && sum[digits..]
                        .trim_start_matches(['多', '余'])
                        .starts_with('元')
            })
    })
}

/// Words that ask when a thing ends (解除, 结束).
const ENDS: &[&str] = &[
    "解除", "结束", "取消", "到期", "截止", "解禁", "期满", "撤销",
];

/// Words with which a point says how long a thing lasts or until when
/// (5月1日至6月24日, 为期).
const UNTIL: &[&str] = &["为期", "期限", "年底前", "之前", "至"];

/// Words that ask for the next round of a thing (下一批, 下届).
const NEXT: &[&str] = &[
    "下一批",
    "下一届",
    "下一次",
    "下一期",
    "下一轮",
    "下批",
    "下届",
    "下次",
    "下期",
    "下轮",
];

/// Words that ask one year's amount (一年, 全年, 当年).
const ONE_YEAR: &[&str] = &["一年", "全年", "当年", "那年"];

/// Words with which a point gives one year's amount beside a sum.
const YEARLY: &[&str] = &[
    "一年",
    "全年",
    "当年",
    "年均",
    "每年",
    "今年",
    "年度",
    "同比",
    "年产",
    "年销",
    "年发电",
    "年接待",
    "年处理",
    "年运",
    "年吞吐",
    "年交易",
    "年收入",
];

/// Whether the question asks how far a place is from another (离X多远,
/// 离X有多少公里) that `answer` does not name, by its name or by the word
/// for its kind of place (巴彦淖尔市区: neither 巴彦淖尔 nor 市区).
fn distance_from_unnamed(q: &Question, answer: &str) -> bool {
    const ASKS: &[&str] = &[
        "多远",
        "多少公里",
        "几公里",
        "多少里",
        "多少千米",
        "几千米",
        "多少米",
    ];
    const KINDS: &[&str] = &[
        "市中心",
        "市区",
        "城区",
        "县城",
        "市",
        "区",
        "镇",
        "县",
        "旗",
    ];
    q.normalized.match_indices('离').any(|(i, _)| {
        let rest = &q.normalized[i + '离'.len_utf8()..];
        let Some(end) = ASKS.iter().filter_map(|a| rest.find(a)).min() else {
            return false;
        };
        let mut place = rest[..end].trim_end_matches(|c: char| "有还大约概的 ".contains(c));
        if place.chars().count() < 2
            || place.contains(|c: char| "，,。？?；;".contains(c))
            || place.chars().count() > 12
        {
            return false;
        }
        if answer.contains(place) {
            return false;
        }
        if let Some(kind) = KINDS.iter().find(|k| place.ends_with(*k)) {
            if answer.contains(kind) {
                return false;
            }
            place = &place[..place.len() - kind.len()];
        }
        place.chars().count() >= 2 && !answer.contains(place)
    })
}

/// Words that say a figure was reached, not only planned (已完成, 实际).
const REACHED: &[&str] = &["实际", "已经", "已完成", "已达", "完成了", "达到了", "超额"];

/// Words of a plan or a forecast: what a point says of years to come.
pub(super) const PLANS: &[&str] = &[
    "将",
    "计划",
    "预计",
    "力争",
    "到20",
    "目标",
    "年底前",
    "前完成",
    "有望",
    "规划",
];

/// The measure word a 第几 asks the ordinal in (第几批: 批; 哪届: 届), if
/// any: not a rank (第几名, 排第几).
fn ordinal_unit(question: &str) -> Option<char> {
    // (哪一批, 哪届: 第几批, 第几届.)
    let which = super::question::BATCH_ASKS
        .iter()
        .find(|w| question.contains(**w))
        .and_then(|w| w.chars().last());
    question
        .split_once("第几")
        .and_then(|(_, rest)| rest.chars().next())
        .or(which)
        .filter(|c| {
            is_han(*c) && !matches!(c, '位' | '名' | '大' | '啊' | '呀' | '呢' | '吗' | '了')
        })
}

/// Whether a point gives the ordinal a 第几 asks: 第几批 a 第二批, 排第几
/// (or 第几名, 第几位) a rank.
pub(super) fn ordinal_given(question: &str, answer: &str) -> bool {
    // (第一批: the first is an ordinal too.)
    let numeral = |c: char| c.is_ascii_digit() || is_numeral(c) || c == '一';
    let after = ordinal_unit(question);
    let chars: Vec<char> = answer.chars().collect();
    let printed = |fits: &dyn Fn(char) -> bool| {
        chars.iter().enumerate().any(|(i, &c)| {
            c == '第' && {
                let mut j = i + 1;
                while j < chars.len() && numeral(chars[j]) {
                    j += 1;
                }
                j > i + 1 && chars.get(j).is_some_and(|&u| fits(u))
            } || c == '首' && chars.get(i + 1).is_some_and(|&u| fits(u))
        })
    };
    match after {
        // (第几期, of 永众新能源汽车二期项目: a phase is printed without 第.)
        Some('期') => printed(&|u| u == '期') || !phases_said(answer).is_empty(),
        Some(unit) => printed(&|u| u == unit),
        None => printed(&|u| matches!(u, '位' | '名' | '大')) || ranks_something(answer),
    }
}

/// Whether text ranks something: 最, 第一, 首, 之冠, or sets a record
/// (曾创下年捕捞1.5万吨的纪录).
pub(super) fn ranks_something(text: &str) -> bool {
    ["最", "第一", "之冠", "纪录", "记录", "峰值"]
        .iter()
        .any(|w| text.contains(w))
        // (首府, 首都: a capital, the first of nothing.)
        || text
            .match_indices('首')
            .any(|(at, _)| !["首府", "首都"].iter().any(|w| text[at..].starts_with(w)))
}

/// Whether `text` ranks what 最`most` asks the top by: a first batch
/// (首批) is first in time, not the greatest.
fn ranks(text: &str, most: char) -> bool {
    ranks_something(text) && (most == '早' || ranks_something(&text.replace("首批", "")))
}

/// Whether the question asks for a rate (上线率是多少, 参保率有多高): a
/// word ending in 率 before the question word, or 百分之多少 itself.
pub(super) fn rate_asked(q: &Question) -> bool {
    q.asked.iter().any(|a| {
        // (失业率具体是百分之多少: a share, however far its word.)
        if a.4.starts_with("百分之") {
            return true;
        }
        let before: String = q.chars[..a.0].iter().rev().take(3).collect();
        // 率是多少, 率有多高, 率多少: 率 at most two characters before it;
        // 比例是多少, 占比多少 (read backwards).
        before
            .chars()
            .position(|c| c == '率')
            .is_some_and(|p| p < 3)
            || ["例比", "比占", "重比"].iter().any(|w| before.contains(w))
    })
}

/// Whether the question asks power generated (发多少电, 发电量) of a point
/// whose every figure of power is of power used (用电量4000千瓦时).
fn generation_of_use(question: &str, fact: &Fact) -> bool {
    const GENERATED: &[&str] = &["发电", "发多少电", "发了多少电", "发几度电"];
    const POWER: &[&str] = &["千瓦时", "度电"];
    if !GENERATED.iter().any(|w| question.contains(w)) || question.contains("用电") {
        return false;
    }
    let power: Vec<usize> = POWER
        .iter()
        .flat_map(|u| fact.answer.match_indices(u).map(|(at, _)| at))
        .collect();
    !power.is_empty()
        && power.iter().all(|&at| {
            let before: String = fact.answer[..at].chars().rev().take(10).collect();
            let before: String = before.chars().rev().collect();
            before.contains("用电") && !before.contains("发电")
        })
}

/// Whether the words before a count asked (常住人口有) name something
/// that `answer` says only as the base of another rate or share
/// (常住人口参保率).
fn rated_only(before: &[char], answer: &str) -> bool {
    const RATES: &[&str] = &["率", "占比", "比例", "比重"];
    let mut end = before.len();
    while end > 0 && ['有', '是', '的', '共', '一'].contains(&before[end - 1]) {
        end -= 1;
    }
    // The longest name of at least two characters that the point says.
    let Some(name) = (end.saturating_sub(6)..end.saturating_sub(1))
        .map(|start| before[start..end].iter().collect::<String>())
        .find(|name| answer.contains(name.as_str()))
    else {
        return false;
    };
    answer.match_indices(name.as_str()).all(|(at, _)| {
        let rest: String = answer[at + name.len()..].chars().take(4).collect();
        // (在全国率先: 率 of 率先 is no rate. 节水多少, of 节水率达80%:
        // the rate of what is asked itself answers it; 参保 between the
        // name and its rate makes it the base of another's.)
        RATES.iter().any(|r| {
            rest.find(r).is_some_and(|i| {
                i > 0
                    && rest[..i].chars().all(|c| !"，。；、".contains(c))
                    && !rest[i..].starts_with("率先")
                    && !rest[i..].starts_with("率领")
            })
        })
    })
}

/// Whether a point gives a share: a percentage, 百分之, or 成 after a numeral.
pub(super) fn gives_share(fact: &crate::knowledge::Fact) -> bool {
    // (提高当地森林覆盖率近0.6个百分点: a rate's change is a share too.)
    let share = |t: &str| {
        t.contains(['%', '％'])
            || t.contains("百分之")
            || t.contains("成以上")
            || t.contains("个百分点")
    };
    share(&fact.answer) || fact.figures.iter().any(|g| share(&g.value))
}

/// Words asking about the time before a change.
const BEFORE_ASKED: &[&str] = &["改革之前", "改革前", "之前", "以前", "原来", "改之前"];
/// Words a point says its figure of the time after a change with.
const AFTER_SAID: &[&str] = &["后，", "以后", "之后"];
/// Words a point says the time before a change with.
const BEFORE_SAID: &[&str] = &["以前", "此前", "之前", "过去", "原来", "以往", "传统"];

/// Whether a point names the things it lists (石拐玉米、固阳黄芪片), not
/// only counts of them (3家高校、10家科研院所).
fn names_listed(f: &crate::knowledge::Fact) -> bool {
    // (两张名片：…“世界乳业科技之都”称号，…“中国奶业育种之都”称号: names
    // in quotes, one to a clause.)
    f.answer.matches('“').count() >= 2
        || f.answer
            .split(['，', '。', '；', '（', '）', '：', '(', ')', '—'])
            .filter(|clause| clause.contains('、'))
            .any(|clause| {
                let items: Vec<&str> = clause.split('、').collect();
                let last = items.len() - 1;
                items
                    .iter()
                    .enumerate()
                    // (A count is no name, 3家高校; a numeral in a name is,
                    // “十四冬”呼伦贝尔.)
                    // (The list's first name may follow a count, and its
                    // last be followed by one: 586套房源用于辽河镇双庙子村、
                    // 朱家村两个城中村.)
                    .filter(|&(i, item)| {
                        let chars: Vec<char> = item.chars().collect();
                        let counts = |at: usize| {
                            chars[at].is_ascii_digit()
                                || at + 1 < chars.len()
                                    && is_numeral(chars[at])
                                    && is_measure(chars[at + 1])
                        };
                        let count = (0..chars.len()).find(|&k| counts(k));
                        let name = match count {
                            None => chars.len(),
                            Some(k) if i == last && k >= 2 => k,
                            Some(_) if i == 0 => {
                                let end = (0..chars.len()).rev().find(|&k| counts(k)).unwrap_or(0);
                                // (Past the count's measure.)
                                chars.len().saturating_sub(end + 2)
                            }
                            Some(_) => 0,
                        };
                        name >= 2
                    })
                    .count()
                    >= 2
            })
}

/// Whether a question asks which countries (出口到哪些国家), not which
/// national plans or projects (承担过哪些国家计划): 国家 ends the
/// question or a word follows that is no noun of it.
fn asks_countries(question: &str) -> bool {
    COUNTRY_ASKS.iter().any(|w| {
        question.match_indices(w).any(|(i, _)| {
            question[i + w.len()..].chars().next().is_none_or(|c| {
                !crate::text::is_han(c) || "的了呢吗啊呀和与有去来都人？".contains(c)
            })
        })
    })
}

/// Words asking for a list of names.
const LIST_ASKS: &[&str] = &[
    "有哪些",
    // (入选了哪些: the members of what was done.)
    "了哪些",
    "是哪些",
    "都有哪",
    "哪几个",
    "哪几家",
    "哪几种",
    "哪几样",
];

/// Words of two sides of one thing (男子组, 女子组).
const SIDES: &[(&str, &str)] = &[
    ("男子", "女子"),
    ("男性", "女性"),
    ("男生", "女生"),
    ("男篮", "女篮"),
    ("男足", "女足"),
    ("上半年", "下半年"),
    // (甘其毛都口岸出口了多少货物, of 运进进口货物480余万吨.)
    ("出口", "进口"),
    ("出境", "入境"),
    // (二连浩特公路口岸进出口多少万吨, of the railway port's tonnage.)
    ("公路口岸", "铁路口岸"),
    // (通辽2025年肉牛出栏多少万头, of 全市牲畜存栏1333.3万头只: animals
    // sold off, not those kept.)
    ("出栏", "存栏"),
    // (企业养老保险参保人数, of 个人养老金开户人数: schemes of their own.)
    ("企业养老", "个人养老"),
    ("基本养老", "个人养老"),
    ("职工医保", "居民医保"),
];

/// Sides of people in general, which a count of people may be parted
/// into; not a team's (男足, of a story on 通辽U16男子足球队).
const PEOPLE_SIDES: &[&str] = &["男性", "女性", "男生", "女生"];

/// Endings that ask what someone does, their role or trade (是干什么的
/// ends as 干什么的 does).
const ROLE_ASKS: &[&str] = &[
    "干什么的",
    "做什么的",
    "干啥的",
    "做什么工作的",
    "什么身份",
    "什么角色",
    "啥角色",
];

/// Endings that ask the post someone holds (担任什么职务).
const POSITION_ASKS: &[&str] = &[
    "什么职务",
    "啥职务",
    "什么职位",
    "啥职位",
    "什么岗位",
    "啥岗位",
    "什么官",
    "啥官",
];

/// Verbs of a change, as a question asks one (涨多少) and a point tells
/// one (上涨, 提高至, 增长32.5%).
const CHANGES: &[&str] = &[
    "涨", "增加", "增长", "提高", "提升", "增收", "增量", "增幅", "下降", "减少", "降低", "降了",
    "翻番", "翻了",
];

/// Figure labels that name no measure (a drafted point's 要点, 日期).
/// The label of a drafted point's gist: a word of what it tells, not a
/// figure (隔三岔五).
pub(super) const GIST: &str = "要点";

pub(super) const GENERIC_LABELS: &[&str] =
    &["要点", "日期", "年份", "职务", "名单", "数字", "说明"];

/// Nouns of a person's age, said of them with 的 (她的年龄多大).
pub(super) const AGE_NOUNS: &[&str] = &["年纪", "岁数", "年龄", "年岁"];

/// Words for the young, asked their age with 多大 (混血宝宝多大了).
pub(super) const YOUNG: &[&str] = &["宝宝", "孩子", "小孩", "娃娃", "幼崽", "羊羔", "牛犊"];

/// The units a question word asks in: 多远 a distance (走多远, said of a
/// way on foot or by car, a distance or a time), 多重 a weight (克, 公斤,
/// 斤, 吨), 多久 a span of time; 多大 about a person, an age.
pub(super) fn units_asked(
    word: &str,
    person: impl FnOnce() -> bool,
) -> Option<&'static [&'static str]> {
    const DISTANCE: &[&str] = &["公里", "米"];
    const LENGTH: &[&str] = &["公里", "米", "厘米", "毫米", "里"];
    const AGE: &[&str] = &["岁"];
    const WEIGHT: &[&str] = &["克", "斤", "吨"];
    const SPAN: &[&str] = &["天", "日", "月", "年", "小时", "分钟", "秒", "周", "半天"];
    // (走路多远: a way told in distance or in time.)
    const TRAVELLED: &[&str] = &["公里", "米", "小时", "分钟"];
    match word {
        "多远" => Some(DISTANCE),
        "走多远" => Some(TRAVELLED),
        // 玉龙有多长: a length (a span is asked as 多久, above).
        "多长" | "多深" | "多宽" | "长度" | "宽度" => Some(LENGTH),
        "多重" => Some(WEIGHT),
        "占地多大" => Some(super::names::AREA_UNITS),
        "多大" if person() => Some(AGE),
        "多大年纪" | "多大岁数" | "年纪多大" | "岁数多大" => Some(AGE),
        "多久" | "几天" => Some(SPAN),
        "什么价" | "啥价" => Some(MONEY_UNITS),
        _ => None,
    }
}

/// The units money is counted in.
pub(super) const MONEY_UNITS: &[&str] = &["元", "毛"];

/// The units what a bare 多少 or 几 counts is counted in: 多少钱 in 元,
/// 多少学生 in 人 or 名, 几岁 in 岁, 几级 in 级.
pub(super) fn units_counted(counted: &str) -> Option<&'static [&'static str]> {
    const PEOPLE: &[&str] = &["人", "名", "人次"];
    const TABLE: &[(&[&str], &[&str])] = &[
        (
            &[
                "钱", "块", "资金", "经费", "金额", "费用", "投资", "工资", "奖金", "补贴",
            ],
            MONEY_UNITS,
        ),
        (
            &[
                "人",
                "学生",
                "新生",
                "学员",
                "职工",
                "员工",
                "工人",
                "游客",
                "在校生",
                "居民",
                "老师",
                "教师",
            ],
            PEOPLE,
        ),
        (&["岁"], &["岁"]),
        (&["级"], &["级"]),
        // 一年送多少度绿电: 度 of power, in 千瓦时 (超20亿千瓦时) or 度.
        (&["度电", "度绿电", "度清洁电", "度的电"], &["千瓦时", "度"]),
        // 最低气温多少度: -58℃ (or 度 of power, 万度电).
        (&["度"], &["℃", "°", "度"]),
        // 多少平方米: an area, which 42平方米 gives and 米 alone is not.
        (
            &["平方", "平米"],
            &["平方米", "平方公里", "平米", "亩", "公顷"],
        ),
        (&["公里", "米"], &["公里", "米"]),
        (&["鱼"], &["吨", "斤", "条"]),
    ];
    // The counted word is the head of what follows: the last word of the
    // table in it (多少研发激励资金: 资金).
    TABLE
        .iter()
        .filter_map(|(words, units)| {
            words
                .iter()
                .filter_map(|w| crate::text::find_short(counted, w).map(|at| (at, *w)))
                // (多少糜米, 多少玉米: a grain, not metres.)
                .filter(|&(at, w)| !(w == "米" && at > 0))
                .map(|(at, _)| at)
                .min()
                .map(|at| (at, *units))
        })
        .min_by_key(|&(at, _)| at)
        .map(|(_, units)| units)
}

/// Periods a count can be asked per, as questions say them and as a
/// point that counts per that period says it.
pub(super) const PERIODS: &[(&[&str], &[&str])] = &[
    (
        // (住一晚多少钱: a night's price.)
        &[
            "一天", "每天", "每日", "一日", "日均", "天天", "一晚", "每晚", "一夜",
        ],
        // (起步时日运行20辆次: 日 before a verb of work is per day.)
        &[
            "每天",
            "每日",
            "一天",
            "一日",
            "日均",
            "当天",
            "天天",
            "每晚",
            "日运行",
            "日处理",
            "日接待",
            "日产",
            "日过货",
            "日通关",
            "日发",
        ],
    ),
    (
        &["一个月", "每个月", "每月", "月均", "月薪", "月收入"],
        &[
            "每月",
            "每个月",
            "一个月",
            "月均",
            "月收入",
            "月薪",
            "月工资",
            "月人均",
        ],
    ),
    (
        // (年产量多少, of 582亿吨的已探明煤炭储量: a stock, not a year's.)
        &["一年", "每年", "年均", "全年", "年产"],
        // A year is said in many ways (年捕捞, 年增量, 2024年接待, 当年):
        // only a point that names no year at all counts over none. A
        // harvest's 产量 is a year's (全盟水稻…产量75万吨).
        &["年", "产量"],
    ),
];

/// The ways a point says the period a question asks a count per (一天能挣
/// 多少: 每天, 日均 ...), in the clause that asks: 一年级 and 一年多 are no
/// period, nor is one in a preamble (听说医保款天天拨付了，……有多少家).
pub(super) fn period_asked(q: &Question) -> Option<&'static [&'static str]> {
    if !q.normalized.contains(['天', '日', '月', '年', '晚', '夜']) {
        return None;
    }
    let question = q.normalized;
    PERIODS.iter().find_map(|(asked, said)| {
        asked
            .iter()
            .any(|w| {
                question.match_indices(w).any(|(at, _)| {
                    // (一天多 is more than a day; 一晚多少钱 asks a night's;
                    // 第一天 is the first; 前十一个月 is eleven months;
                    // 今年产值 is this year's 产值, not 年产.)
                    let rest = &question[at + w.len()..];
                    q.asks_at_byte(at)
                        && !question[..at]
                            .ends_with(|c: char| c == '第' || c.is_ascii_digit() || is_numeral(c))
                        && (!w.starts_with('年')
                            || !question[..at].ends_with(['今', '去', '明', '前', '当']))
                        && !rest.starts_with(['级', '半', '前', '后'])
                        && (!rest.starts_with('多') || rest.starts_with("多少"))
                })
            })
            .then_some(*said)
    })
}

/// Whether `text` speaks of the period `word`: 年 as a year's span
/// (年产量, 全年, 一年), not as the year of a date (2024年夏天, 今年).
pub(super) fn said_over(text: &str, word: &str) -> bool {
    if word != "年" {
        return text.contains(word);
    }
    text.match_indices('年').any(|(b, _)| {
        text[..b].chars().next_back().is_none_or(|c| {
            !(c.is_ascii_digit() || matches!(c, '今' | '去' | '明' | '前' | '后' | '〇' | '零'))
        })
    })
}

/// Whether a figure is an amount of money printed without 元 (京蒙协作资金
/// 800万): a number in 万 or 亿 that its label calls money.
pub(super) fn money_without_unit(g: &crate::knowledge::Figure) -> bool {
    const MONEY: &[&str] = &["资金", "投资", "经费", "补贴", "奖金", "金额", "资本"];
    let v = g.value.trim_end_matches(['多', '余']);
    has_number(v) && v.ends_with(['万', '亿']) && MONEY.iter().any(|m| g.label.contains(m))
}

/// Whether `text` gives a figure in `unit`: the unit after a number
/// (5公里, 3000多元, 半天).
/// Whether a question asks a share (占…多少, 百分之几, 比例).
fn asks_share(question: &str) -> bool {
    ["占", "比例", "比重", "百分", "%", "几成"]
        .iter()
        .any(|w| question.contains(w))
}

/// Whether the longest run of characters the question and `answer` share
/// (four or more) stands in the answer only as the whole of a share, after
/// 占 in its clause (占农民人均纯收入的57%).
fn whole_of_a_share_only(question: &str, answer: &str) -> bool {
    // (Most points print no share: one look settles those.)
    if !answer.contains('占') {
        return false;
    }
    let q: Vec<char> = question.chars().collect();
    let mut longest = "";
    for i in 0..q.len() {
        for j in (i + longest.chars().count() + 1)..=q.len() {
            let run: String = q[i..j].iter().collect();
            if !run.chars().all(is_han) || !answer.contains(&run) {
                break;
            }
            let at = answer.find(&run).unwrap_or(0);
            longest = &answer[at..at + run.len()];
        }
    }
    longest.chars().count() >= 4
        && answer.match_indices(longest).all(|(at, _)| {
            let clause = answer[..at]
                .rfind(['，', '。', '；', '：', ','])
                .map_or(0, |i| {
                    i + answer[i..].chars().next().map_or(1, char::len_utf8)
                });
            let before = &answer[clause..at];
            before.contains('占') && before.chars().count() <= 6
        })
}

/// The kinds of place whose whole a count may be asked of (全旗, 全村).
/// (Not a region's, 全市 or 全盟: points name a region by its short name,
/// 今年巴彦淖尔共登记技术合同61项.)
const WHOLE_PLACES: &str = "旗县镇乡村";

/// Whether `fact` prints the role the question asks the holder of (not
/// its deputy's, unless asked) right before one of its keywords of two to
/// four characters: the holder's name (理事长王晓轩).
fn prints_holder(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    let Some(span) = role_asked(q) else {
        return false;
    };
    let role = q.text(span);
    fact.answer.match_indices(role.as_str()).any(|(at, _)| {
        let after = &fact.answer[at + role.len()..];
        (role.starts_with('副') || !fact.answer[..at].ends_with('副'))
            && fact
                .keywords
                .iter()
                .any(|k| (2..=4).contains(&k.chars().count()) && after.starts_with(k.as_str()))
    })
}

/// Units of time, which 每 makes a rate of (每日, 每年).
const TIME_UNITS: &[&str] = &[
    "日", "天", "月", "年", "周", "星期", "小时", "分钟", "秒", "季度",
];

/// Whether `text` gives a figure in `unit`: a number or a count word
/// before it, not a date (9月2日) nor an area (平方米) for a length.
pub(super) fn gives_unit(text: &str, unit: &str) -> bool {
    gives_unit_or_rate(text, unit, true)
}

/// [`gives_unit`], with a rate in a time unit (每天, 每日现结) counted or
/// not: it tells how often, not how long.
pub(super) fn gives_unit_or_rate(text: &str, unit: &str, rate: bool) -> bool {
    text.match_indices(unit).any(|(b, _)| {
        // 9月2日, 5月, 2014年 are dates: no span of days, months or years.
        let before: Vec<char> = text[..b].chars().rev().take(5).collect();
        let digits = before.iter().take_while(|c| c.is_ascii_digit()).count();
        let date = match unit {
            "日" => digits > 0 && before.get(digits) == Some(&'月'),
            "月" => digits > 0,
            "年" => digits >= 4,
            _ => false,
        };
        if date {
            return false;
        }
        // 2200平方米 is an area, 10立方米 a volume, 27万平方公里 an area:
        // no length in 米 or 公里.
        if matches!(unit, "米" | "公里" | "千米")
            && (text[..b].ends_with("平方") || text[..b].ends_with("立方"))
        {
            return false;
        }
        // (Ⅳ类, IV类: a grade in Roman numerals.)
        let grade = |c: char| unit == "类" && matches!(c, 'Ⅰ'..='Ⅻ' | 'I' | 'V');
        // (每日现结 tells how often; 平均每场 counts no 场.)
        let often = |c: char| rate && c == '每' && TIME_UNITS.contains(&unit);
        text[..b].chars().rev().take(4).any(|c| {
            c.is_ascii_digit()
                || is_numeral(c)
                || grade(c)
                || often(c)
                || matches!(c, '一' | '半' | '几' | '多' | '余' | '万')
        }) || ["逾亿", "超亿", "近亿", "上亿", "过亿"]
            .iter()
            .any(|w| text[..b].ends_with(w))
    })
}

/// Measure words a count passes over to what it counts (多少个班).
pub(super) fn is_measure(c: char) -> bool {
    matches!(
        c,
        '个' | '家'
            | '名'
            | '位'
            | '所'
            | '项'
            | '次'
            | '场'
            | '门'
            | '批'
            | '种'
            | '件'
            | '条'
            | '双'
            | '幅'
            | '座'
            // (多少眼水源井, of 建设水源井29眼: wells.)
            | '眼'
    )
}

/// Whether a figure holds a number, in digits or Chinese numerals; an
/// ordinal (第一大) ranks, it does not count.
pub(super) fn has_number(value: &str) -> bool {
    // 万名 (万名游客): ten thousand, with no one before it; 逾亿元, more
    // than a hundred million.
    if value
        .trim_start_matches(['逾', '超', '近', '约', '上'])
        .starts_with(['万', '千', '百', '亿'])
    {
        return true;
    }
    let mut prev = ' ';
    value.char_indices().any(|(i, c)| {
        // (零 counts between numerals, 三百零五; in a word it is none:
        // 零工, odd jobs.)
        let number = (c.is_ascii_digit() || is_numeral(c) || matches!(c, '一' | '半'))
            && prev != '第'
            && (c != '零' || prev.is_ascii_digit() || is_numeral(prev))
            && !school_numbered(prev, c, &value[i + c.len_utf8()..]);
        prev = c;
        number
    })
}

/// Whether the Chinese numeral `c`, after `prev` and before `rest`, numbers
/// a school (成都七中, 第二小学's 二小): a name, not a count (not 三小时,
/// 一中心).
fn school_numbered(prev: char, c: char, rest: &str) -> bool {
    let mut next = rest.chars();
    !c.is_ascii_digit()
        && is_han(prev)
        && match (next.next(), next.next()) {
            (Some('中'), after) => after.is_none_or(|c| !matches!(c, '心' | '旬' | '期' | '型')),
            (Some('小'), after) => after.is_none_or(|c| !matches!(c, '时' | '组' | '队' | '块')),
            _ => false,
        }
}

/// Times of the year that answer 什么时候 as a date does.
const TIMES_OF_YEAR: &[&str] = &[
    "暑期", "暑假", "寒假", "春节", "国庆", "年底", "年初", "春季", "夏季", "秋季", "冬季",
];

/// Whether a point gives a day or a month (9月30日, 今年7月, 8月底), not
/// only a year.
fn gives_day(fact: &crate::knowledge::Fact) -> bool {
    after_number(&fact.answer, &['月', '日'], &[])
        || fact.figures.iter().any(|g| g.value.contains(['月', '日']))
}

/// Whether a figure is a date or a year (2019年, 9月30日, 今年7月).
pub(super) fn is_date(value: &str) -> bool {
    has_date(value)
}

/// Whether text gives a date or year: digits before 年, 月 or 日.
pub(super) fn has_date(text: &str) -> bool {
    after_number(text, &['年', '月', '日'], &['今', '去'])
}

/// Whether `text` prints one of `units` right after a digit, a numeral or
/// one of `also` (今年, 去年).
fn after_number(text: &str, units: &[char], also: &[char]) -> bool {
    let mut prev = ' ';
    text.chars().any(|c| {
        let found = (prev.is_ascii_digit() || is_numeral(prev) || also.contains(&prev))
            && units.contains(&c);
        prev = c;
        found
    })
}

/// Words that ask of a group, not of one member named (鑫环硅能等多少家,
/// 内蒙古大学这些高校有几所).
pub(super) const GROUP: &[&str] = &[
    "等",
    "这些",
    "这几",
    "那些",
    "那批",
    "这批",
    "一共",
    "总共",
    "几所",
    "几家",
    "多少家",
    "多少所",
];

/// Whether any of the years said is after its story's.
pub(super) fn later_year(years: impl IntoIterator<Item = f64>, topic: &Topic) -> bool {
    topic
        .date
        .is_some_and(|d| years.into_iter().any(|y| y > f64::from(d.year())))
}

/// Whether the question names a year (2024年) other than its story's that
/// the story never names, in its headline, overview or any point: what the
/// story counts is of its own time (今年, 截至目前), not of that year.
pub(super) fn unsaid_year(q: &Question, topic: &Topic) -> bool {
    let text = q.normalized.as_bytes();
    let mut years = (0..text.len().saturating_sub(4)).filter_map(|i| {
        let digits = &text[i..i + 4];
        let year = (i == 0 || !text[i - 1].is_ascii_digit())
            && digits.iter().all(u8::is_ascii_digit)
            && (digits.starts_with(b"19") || digits.starts_with(b"20"))
            && (q.normalized[i + 4..].starts_with('年')
                || edition_named(&q.normalized[i + 4..], topic));
        year.then(|| &q.normalized[i..i + 4])
    });
    let Some(first) = years.next() else {
        return false;
    };
    // A story on an undated page is dated by the years it prints, if any
    // (2020年玉泉区计划实施…): a year it never prints is not its year.
    // (So is one whose event is named by its year, 2018呼和浩特马拉松.)
    let says_a_year = || {
        std::iter::once(topic.answer.as_str())
            .chain(std::iter::once(topic.source.headline.as_str()))
            .chain(topic.facts.iter().map(|f| f.answer.as_str()))
            .any(|t| amounts(t).iter().any(|a| a.year) || names_by_year(t))
    };
    let story_year = match topic.date.map(|d| d.year()) {
        Some(y) => y,
        None if says_a_year() => 0,
        None => return false,
    };
    std::iter::once(first).chain(years).any(|digits| {
        digits.parse::<i16>().is_ok_and(|y| y != story_year)
            && !topic.source.headline.contains(digits)
            && !topic.says(digits)
    })
}

/// Whether a text names an event by its year, the year's digits right
/// before its name: 2018呼和浩特马拉松. (Not a count: 2018人, 1200余户.)
/// Whether the story names an event by its year followed by the words
/// that open `rest` (2018乌海户外节, of a story on 2017乌海(国际)户外节):
/// a year before them asks of an edition of that event.
fn edition_named(rest: &str, topic: &Topic) -> bool {
    let name: String = rest.chars().take(2).collect();
    if name.chars().count() < 2 || !name.chars().all(crate::text::is_han) {
        return false;
    }
    let named = |text: &str| {
        crate::text::find_all(text, &name).any(|at| {
            let before = &text.as_bytes()[..at];
            before.len() >= 4
                && before[before.len() - 4..].iter().all(u8::is_ascii_digit)
                && (before.len() == 4 || !before[before.len() - 5].is_ascii_digit())
        })
    };
    printed_texts(topic).any(named)
}

fn names_by_year(text: &str) -> bool {
    const NOT_A_NAME: &str = "年月日号届期余多万亿千百十元角吨亩人户家个名位次项所场条头只匹峰辆台套件座栋间株棵米克斤升度秒分小";
    let chars: Vec<char> = text.chars().collect();
    chars.windows(6).enumerate().any(|(i, w)| {
        w[..4].iter().all(char::is_ascii_digit)
            && matches!(&w[..2], ['1', '9'] | ['2', '0'])
            && (i == 0 || !chars[i - 1].is_ascii_digit() && chars[i - 1] != '.')
            && crate::text::is_han(w[4])
            && crate::text::is_han(w[5])
            && !NOT_A_NAME.contains(w[4])
    })
}

/// Whether every number of a figure is a year, month or day (1927年,
/// 2022年7月16日).
fn only_dates(value: &str) -> bool {
    // (50年一遇 is a return period, counted.)
    if value.contains("年一遇") {
        return false;
    }
    let mut chars = value.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut digits = 1;
        while chars.next_if(|c| c.is_ascii_digit() || *c == '.').is_some() {
            digits += 1;
        }
        if !matches!(chars.peek(), Some('年' | '月' | '日' | '号')) || digits > 4 {
            return false;
        }
        any = true;
    }
    any
}

/// Words for the whole of a place, by how wide it is: a county or banner,
/// a city or league, the autonomous region (全区 is mostly that), China.
const WHOLES: &[(&str, u8)] = &[
    ("全县", 1),
    ("全旗", 1),
    ("全市", 2),
    ("全盟", 2),
    ("全区", 3),
    ("全自治区", 3),
    ("全内蒙古", 3),
    ("全国", 4),
];

/// The widest word for a whole place in `text` whose level `keep` keeps.
fn whole_level(text: &str, keep: impl Fn(u8) -> bool) -> Option<u8> {
    WHOLES
        .iter()
        .filter(|(word, level)| keep(*level) && text.contains(word))
        .map(|&(_, level)| level)
        .max()
}

/// Whether a keyword of the question is, in `fact`, one member of a
/// list that a figure counts together: a count printed right before the
/// list (40余所中小学和幼儿园), or a figure after it past a word for
/// together (巴丹吉林、腾格里、乌兰布和三大沙漠合计9.47万平方公里). Not a
/// member with a figure of its own (风电场7个、光伏电站3家), nor one of a
/// list counted each (分别), nor when the question asks of the list
/// (三大沙漠加起来) or names another member.
fn member_of_joint(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    const JOINS: [char; 2] = ['、', '和'];
    const CLAUSE: [char; 6] = ['，', '。', '；', '：', '！', '？'];
    const TOGETHER: [&str; 4] = ["合计", "共计", "总计", "共"];
    const WHOLE: [&str; 9] = [
        "加起来",
        "加在一起",
        "合计",
        "两大",
        "三大",
        "四大",
        "几大",
        "各",
        "分别",
    ];
    const COUNTERS: &str = "所个家座名位项处条台套只头支辆种类批";
    if WHOLE.iter().any(|w| q.normalized.contains(w)) {
        return false;
    }
    let text = fact.answer.as_str();
    let figures: Vec<&str> = fact
        .figures
        .iter()
        .map(|g| g.value.as_str())
        .filter(|v| !v.is_empty())
        .collect();
    // (兴安, found inside 兴安盟: the question names the whole region, not
    // the member 兴安农垦集团 the short name opens, unless the point names
    // the longer word too.)
    // (腾格里, found inside 腾格里沙漠, is still the member of 巴丹吉林、
    // 腾格里、乌兰布和三大沙漠: only a place's word for its kind, 盟 or 市,
    // makes the whole.)
    let inside_another = |f: &&crate::engine::evidence::Found| {
        q.found.iter().any(|g| {
            g.start == f.start
                && g.end == f.end + 1
                && matches!(q.chars[f.end], '盟' | '市' | '旗' | '县')
                && !text.contains(&q.text((g.start, g.end)))
        })
    };
    q.found.iter().filter(|f| !inside_another(f)).any(|f| {
        let word: String = q.chars[f.start..f.end].iter().collect();
        // Another member, by any two characters of it but the head that a
        // whole name shares with it (项目, of 明阳产业园项目、北奔…项目; not
        // 文化 asked alone, of 小河西文化、兴隆洼文化…).
        let names = |others: &str| {
            let c: Vec<char> = others.chars().collect();
            c.windows(2)
                .filter(|w| !w.iter().any(|c| JOINS.contains(c)))
                .map(|w| w.iter().collect::<String>())
                .any(|w| {
                    q.normalized.contains(&w) && !(word.chars().count() >= 4 && word.ends_with(&w))
                })
        };
        word.chars().count() >= 2
            && text.match_indices(word.as_str()).any(|(at, _)| {
                let start = text[..at].rfind(CLAUSE).map_or(0, |i| i + '，'.len_utf8());
                let end = text[at..].find(CLAUSE).map_or(text.len(), |i| at + i);
                let (before, after) = (&text[start..at], &text[at + word.len()..end]);
                // (明阳产业园项目, found as 产业园项目: the characters the
                // question says before it, as the point does, are the
                // member's name too.)
                let said = q.chars[..f.start]
                    .iter()
                    .rev()
                    .zip(before.chars().rev())
                    .take_while(|(a, b)| **a == *b)
                    .map(|(_, b)| b.len_utf8())
                    .sum::<usize>();
                let before = &before[..before.len() - said];
                // (白音华高精铝板带及配套2×35万千瓦自备电厂、…等29个重点项目:
                // a figure within the member's own name is its own.)
                let own_start = text[start..at]
                    .rfind(JOINS)
                    .map_or(start, |i| start + i + '、'.len_utf8());
                // (The last member's ends with it: 乌兰布和三大沙漠合计….)
                let own_end = at + word.len() + after.find(JOINS).unwrap_or(0);
                let own = &text[own_start..own_end];
                if ["分别", "各自", "各有"]
                    .iter()
                    .any(|w| text[start..end].contains(w))
                    || after.chars().take(3).any(|c| c.is_ascii_digit())
                    || figures.iter().any(|v| own.contains(v))
                {
                    return false;
                }
                let prev = before.strip_suffix(JOINS);
                let next = after.strip_prefix(JOINS);
                // 40余所中小学和: a count, then the member before the join.
                let counted_before = prev.is_some_and(|b| {
                    figures.iter().any(|v| {
                        v.ends_with(|c| COUNTERS.contains(c))
                            && b.rfind(v).is_some_and(|i| {
                                (2..=6).contains(&b[i + v.len()..].chars().count())
                            })
                    })
                });
                let counted_after = (prev.is_some() || next.is_some())
                    && figures.iter().any(|v| {
                        after.find(v).is_some_and(|i| {
                            after[..i].chars().count() <= 16
                                && TOGETHER.iter().any(|t| after[..i].contains(t))
                        })
                    });
                // (明阳产业园项目、北奔…项目等67个…重点项目，总投资达472.56
                // 亿元: the list closed by its count, 等67个, and its total
                // in the clause after.)
                let listed = next.is_some()
                    && figures.iter().any(|v| {
                        v.ends_with(|c| COUNTERS.contains(c)) && after.contains(&format!("等{v}"))
                    })
                    && text[end..]
                        .split(['。', '；'])
                        .next()
                        .is_some_and(|rest| ["总", "共", "合计"].iter().any(|t| rest.contains(t)));
                let counted_after = counted_after || listed;
                // The other members: before it, back to a figure (40余所
                // 中小学和); after it, up to a count or a word for together
                // (、乌兰布和三大沙漠合计).
                // (Past the count and its measure word: 阿拉善那40余所学校里
                // 幼儿园有几所 says the count, and names no other member.)
                let back = before.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
                let near = &before[back..];
                let past_count = figures
                    .iter()
                    .filter_map(|v| near.rfind(v).map(|i| i + v.len()))
                    .max()
                    .unwrap_or(0);
                let members_before = near[past_count..]
                    .rsplit(|c: char| c.is_ascii_digit())
                    .next()
                    .unwrap_or("");
                let members_after = after
                    .split(|c: char| {
                        c.is_ascii_digit() || "一二两三四五六七八九十几等共合总".contains(c)
                    })
                    .next()
                    .unwrap_or("");
                (counted_before || counted_after) && !names(members_before) && !names(members_after)
            })
    })
}

/// Ends of the name of one body smaller than any whole place: a ranch,
/// a firm, a park, a plant.
const BODY_ENDS: &[&str] = &[
    "牧场",
    "有限公司",
    "合作社",
    "景区",
    "产业园",
    "电站",
    "风电场",
    "煤矿",
];

/// Level 0 when `text` names one body (敕勒川生态智慧牧场) or a village: a name of
/// three characters or more before a body's end, not a count (123家
/// 合作社) nor a pointer (这片产业园).
fn one_body(text: &str) -> Option<u8> {
    let named = |at: usize| {
        let before: Vec<char> = text[..at].chars().rev().take(3).collect();
        before.len() == 3
            && before.iter().all(|&c| {
                crate::text::is_han(c) && !"这那该本全各每个家所座片亩多余些其级".contains(c)
            })
    };
    // (义丰村, 伊兰嘎查: a village is smaller than any whole place too;
    // not 农村, 乡村.)
    let village = |(at, _): (usize, &str)| {
        named(at)
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| !"农乡山渔城".contains(c))
    };
    (BODY_ENDS
        .iter()
        .any(|end| text.match_indices(end).any(|(at, _)| named(at)))
        || VILLAGE_ENDS
            .iter()
            .any(|end| text.match_indices(end).any(village)))
    .then_some(0)
}

/// Ends of the name of a village.
const VILLAGE_ENDS: &[&str] = &["村", "嘎查"];

/// Whether `text` tells of a section of a line (内蒙古段, 呼和浩特至包头段):
/// 段 after a name, not 阶段, 手段, 地段 or 一段时间.
fn section_of_line(text: &str) -> bool {
    text.match_indices('段').any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + '段'.len_utf8()..].chars().next();
        before.is_some_and(|c| crate::text::is_han(c) && !"阶手地片时分路一这那各每".contains(c))
            && after != Some('时')
    })
}

/// The level of a whole place said with 整个 (整个乌兰察布市: a city).
fn whole_named(text: &str) -> Option<u8> {
    let at = text.find("整个")?;
    let after: String = text[at + "整个".len()..].chars().take(7).collect();
    if after.starts_with("内蒙古") || after.starts_with("自治区") {
        Some(3)
    } else if after.contains(['市', '盟']) {
        Some(2)
    } else if after.contains(['旗', '县']) {
        Some(1)
    } else {
        None
    }
}

/// The run of two or more characters the point explains that ends just
/// before `at`, past function words: what is asked about (古革军 of
/// 古革军今年多大岁数).
fn point_run_before(q: &Question, parts: &[Part], at: usize) -> Option<String> {
    let end = (0..at)
        .rev()
        .find(|&i| !q.function[i] && parts[i] != Part::Function)?
        + 1;
    let start = (0..end)
        .rev()
        .take_while(|&i| parts[i] == Part::Point && is_han(q.chars[i]))
        .last()?;
    (end - start >= 2).then(|| q.chars[start..end].iter().collect())
}

/// Whether `text` gives an age right by `subject`: 李先生今年51岁, 51岁的
/// 李先生, 今年61岁的牧民娜仁高娃, 76岁老人王峰.
fn age_next_to(text: &str, subject: &str) -> bool {
    text.match_indices(subject).any(|(at, _)| {
        let back = text[..at].char_indices().rev().nth(7).map_or(0, |(i, _)| i);
        let before = &text[back..at];
        // (Within its clause.)
        let before = before.rsplit(['，', '。', '；', ',']).next().unwrap_or("");
        let after: String = text[at + subject.len()..].chars().take(8).collect();
        let aged = |t: &str| {
            t.match_indices('岁').any(|(j, _)| {
                t[..j]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit() || is_numeral(c))
            })
        };
        // (76岁老人王峰: an age a few characters before, in its clause.)
        if aged(before) || aged(&after) {
            return true;
        }
        // 王明是…总经理，也是地道的五原人，17岁时，就开始…: a clause
        // that opens on an age goes on about whoever opens the sentence.
        let opens = text[..at].chars().next_back().is_none_or(|c| c == '。');
        let sentence = &text[at..];
        let sentence = &sentence[..sentence.find('。').unwrap_or(sentence.len())];
        opens
            && sentence.split(['，', ',', '；']).skip(1).any(|clause| {
                let clause = clause.strip_prefix("今年").unwrap_or(clause);
                let digits = clause
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || is_numeral(*c))
                    .count();
                digits > 0 && clause.chars().nth(digits) == Some('岁')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_count_counts_is_counted_in_its_units() {
        assert_eq!(units_counted("学生"), Some(&["人", "名", "人次"][..]));
        assert_eq!(units_counted("米"), Some(&["公里", "米"][..]));
        assert_eq!(units_counted("新生"), units_counted("学生"));
        assert_eq!(units_counted("平方米"), units_counted("平米"));
        // A grain is no length.
        assert_eq!(units_counted("糜米"), None);
        assert_eq!(units_counted("玉米"), None);
    }

    #[test]
    fn a_term_is_spelled_out_in_brackets() {
        let text = "甘其毛都口岸的自动导向车（AGV）智能通关及集装箱监管场所近日通过验收。";
        assert!(spelled_out(text, "agv"));
        assert!(spelled_out("AGV(自动导向车)开过来了。", "agv"));
        // (Named, not spelled out.)
        assert!(!spelled_out("AGV无人驾驶车在卡口前排队入境。", "agv"));
    }

    #[test]
    fn an_age_is_of_the_one_it_is_printed_by() {
        let cases = [
            ("李先生今年51岁。", "李先生", true),
            ("76岁老人王峰说。", "王峰", true),
            (
                "王明是五原县民泰农贸有限责任公司总经理，也是地道的五原人，17岁时，就开始在葵花籽市场摸爬滚打。",
                "王明",
                true,
            ),
            // Someone else's age, or the name inside a sentence.
            (
                "古革军家养着80头驯鹿，其中几头“混血宝宝”今年已满3岁。",
                "古革军",
                false,
            ),
            (
                "伊斯兰姆表示，他和王明已经合作了6年，20岁时就来过中国。",
                "王明",
                false,
            ),
        ];
        for (text, subject, expected) in cases {
            assert_eq!(age_next_to(text, subject), expected, "{text}");
        }
    }

    #[test]
    fn a_top_ranking_counts_nothing_asked_unless_asked_as_one() {
        let kb = crate::knowledge::bundled().expect("bundled knowledge");
        let engine = crate::engine::Engine::new(kb);
        let a = engine.answer("世界奶业大会总共有多少嘉宾参加");
        assert!(!a.matched(), "{a:?}");
        let a = engine.answer("世界乳业几强企业来了首府");
        assert!(a.matched(), "{a:?}");
    }

    #[test]
    fn a_sum_in_ge_yi_counts_no_things() {
        // 总投资30个亿: 个 before a magnitude counts money, not items.
        assert!(!counts_in("30个亿", '个'));
        assert!(!counts_in("3个百分点", '个'));
        assert!(counts_in("30个", '个'));
        assert!(counts_in("5个嘎查", '个'));
        assert!(counts_in("30个亿", '亿'));
    }

    #[test]
    fn a_numbered_school_is_no_number() {
        assert!(!has_number("成都七中"));
        assert!(!has_number("包头一中"));
        assert!(has_number("三小时"));
        assert!(has_number("一中心两基地"));
        assert!(has_number("七中学生200名"));
        assert!(has_number("7中"));
    }

    #[test]
    fn what_a_question_sets_aside() {
        assert_eq!(
            set_aside("除了内蒙古大学，另外两所是哪两所"),
            Some("内蒙古大学")
        );
        assert_eq!(set_aside("除了汽车电机还造啥"), Some("汽车电机"));
        assert_eq!(set_aside("除了鄂尔栋镇以外还有哪个乡"), Some("鄂尔栋镇"));
        assert_eq!(set_aside("还有哪些高校"), None);
        assert!(names_only("获支持的有内蒙古大学等3家高校", "内蒙古大学"));
        assert!(!names_only(
            "有内蒙古农业大学、内蒙古大学等3家高校",
            "内蒙古大学"
        ));
    }

    #[test]
    fn zero_in_a_word_is_no_number() {
        // Fifty-fourth set: 通辽零工云平台上一共挂着多少个岗位, of a point
        // whose only figures name the platform: 零工 is odd jobs.
        assert!(!has_number("通辽零工云平台"));
        assert!(!has_number("零售"));
        assert!(has_number("三百零五"));
        assert!(has_number("1零5"));
        assert!(has_number("零下30度"));
    }

    #[test]
    fn countries_listed_by_their_first_characters() {
        for text in [
            "该中心将链接美、日、英、德等国的20多家一流医院",
            "中、俄两国",
            "产品销往美、日",
        ] {
            assert!(country_initials(text), "{text}");
        }
        for text in [
            "欧美、日韩企业",
            "美、日、其他地区",
            "美丽的草原",
            "英、德语",
        ] {
            assert!(!country_initials(text), "{text}");
        }
    }

    #[test]
    fn a_deed_is_what_follows_who() {
        assert_eq!(who_deed("活动是谁主办的"), Some("主办"));
        assert_eq!(who_deed("以前的钱是谁先垫付"), Some("垫付"));
        assert_eq!(who_deed("范家沟湾地点是谁发现的"), Some("发现"));
        // (Saying and writing are found otherwise; 谁是 asks who one is.)
        assert_eq!(who_deed("这话是谁说的"), None);
        assert_eq!(who_deed("这篇报道是谁写的"), None);
        assert_eq!(who_deed("谁是馆长"), None);
    }

    #[test]
    fn countries_asked_not_national_plans() {
        assert!(asks_countries("出口到哪些国家"));
        assert!(asks_countries("卖到哪个国家了"));
        assert!(asks_countries("哪些国家的游客来了"));
        assert!(!asks_countries("稀土研究院承担过哪些国家计划"));
        assert!(!asks_countries("拿过哪些国家级奖项"));
    }

    #[test]
    fn a_return_period_is_counted_not_dated() {
        assert!(only_dates("2022年7月16日"));
        assert!(only_dates("1927年"));
        assert!(!only_dates("50年一遇"));
        assert!(!only_dates("由50年一遇提到100年一遇"));
    }

    #[test]
    fn the_ordinal_asked_is_given_by_a_point_that_prints_one() {
        let answer = "2006年，那达慕入选第一批国家级非物质文化遗产名录。";
        assert!(ordinal_given("那达慕入选的是第几批名录", answer));
        assert!(ordinal_given(
            "这是第几批名录",
            "入选第二批全国名特优新农产品名录"
        ));
        assert!(ordinal_given("哪一批", "首批企业入驻"));
        // (A batch is asked, the point prints an edition.)
        assert!(!ordinal_given("第几批", "第一届冰雪节"));
        assert!(!ordinal_given("第几批", "一批企业入驻"));
        // (A phase is printed without 第; 分两期 counts phases.)
        assert!(ordinal_given(
            "永众新能源汽车是第几期项目",
            "永众新能源汽车二期项目正在进行内部装修工程"
        ));
        assert!(!ordinal_given("第几期", "项目分两期建设"));
        // (首家, 首个: the first of any kind asked.)
        assert!(ordinal_given(
            "满洲里综合保税区是内蒙古第几家综合保税区",
            "当日内蒙古首家综合保税区——满洲里综合保税区正式封关运营"
        ));
        assert!(!ordinal_given("第几家", "首批企业入驻"));
    }

    #[test]
    fn an_event_named_by_its_year() {
        assert!(names_by_year("8日,2018呼和浩特马拉松鸣枪开跑"));
        assert!(!names_by_year("共2018人参赛,1200余户,2018年,3.2018万元"));
    }

    #[test]
    fn editions_are_read_in_digits_and_numerals() {
        assert_eq!(
            editions("第十五届中国包头稀土产业论坛，第14届").as_slice(),
            [(15, '届'), (14, '届')]
        );
        assert_eq!(
            editions("首批企业入驻，第二批名录").as_slice(),
            [(1, '批'), (2, '批')]
        );
        // (一 is a numeral after 第: 第十一届, 第一批, 第二十一届.)
        assert_eq!(
            editions("第十一届北方科技博览会，第一批，第二十一届").as_slice(),
            [(11, '届'), (1, '批'), (21, '届')]
        );
        assert_eq!(
            editions("地铁1号线，2号线").as_slice(),
            [(1, '线'), (2, '线')]
        );
        assert_eq!(seasons("2025—2026内蒙古冰雪旅游季").as_slice(), [2025]);
        assert_eq!(
            seasons("2024 2025冰雪旅游季，2024-2025").as_slice(),
            [2024, 2024]
        );
        // (A date, a count or two years apart is no season.)
        assert!(seasons("2025年11月7日，12345-12346，2020—2025").is_empty());
        // (第二大 and 第一季度 are ranks of no edition; 第几届 names none.)
        assert!(editions("北方第二大淡水湖，第一季度，第几届").is_empty());
    }

    #[test]
    fn parts_of_a_year() {
        for part in [
            "1—4月，全市规模以上工业增加值同比增长10.6%",
            "1-8月份，呼和浩特市工业固定资产投资增长31.0%",
            "1至10月接待游客614.16万人次",
            "今年前2个月，进出口货运量达257.9万吨",
            "上半年稀土产业产值327.1亿元",
        ] {
            assert!(part_of_year(part), "{part}");
        }
        for whole in ["2024年接待游客75万人次", "10月10日测产", "截至今年5月底"] {
            assert!(!part_of_year(whole), "{whole}");
        }
    }

    #[test]
    fn months_named_not_counted() {
        let named = |t: &str| months(t).iter().map(|m| m.1).collect::<Vec<u8>>();
        assert_eq!(named("7月份，单月累计接待国内游客631.73万人次"), [7]);
        assert_eq!(named("2022年7月16日，截至今年5月底"), [7, 5]);
        assert_eq!(named("八月接待了多少游客"), [8]);
        assert_eq!(named("十二月底前完成"), [12]);
        assert!(named("用了8个月建设期，2025月").is_empty());
    }

    #[test]
    fn a_point_lists_names_not_counts() {
        let point = |answer: &str| Fact {
            id: "p".to_string(),
            label: "p".to_string(),
            question: String::new(),
            keywords: Vec::new(),
            answer: answer.to_string(),
            figures: Vec::new(),
            kind: FactKind::Number,
        };
        let cases = [
            ("包头的石拐玉米、固阳黄芪片、土右李子和达茂鸡蛋入选。", true),
            // Counts of kinds are no names.
            (
                "立项支持35家（3家高校、10家科研院所、22家规上企业）。",
                false,
            ),
            // Names after a dash, and in quotes.
            (
                "建设“两个稀土基地”——中国最大的稀土新材料基地、全球领先的稀土应用基地。",
                true,
            ),
            (
                "授予它“世界乳业科技之都”称号，又授予“中国奶业育种之都”称号。",
                true,
            ),
            // A numeral inside a name is no count.
            (
                "“十四冬”呼伦贝尔、呼和浩特、乌兰察布和赤峰四个赛区共接待游客1314.97万人次。",
                true,
            ),
        ];
        for (answer, listed) in cases {
            assert_eq!(names_listed(&point(answer)), listed, "{answer}");
        }
    }
}
