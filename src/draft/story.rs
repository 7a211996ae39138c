//! One story into a draft topic: its region, source, short answer, places,
//! keywords, and a fact per figure-bearing sentence and per named person.

use std::collections::HashSet;
use std::sync::LazyLock;

use pinyin::ToPinyin;
use regex::Regex;

use super::byline::{self, Byline};
use super::entity::{self, Person};
use super::figure::{self, Figure, FigureKind};
use super::page::{self, Story};
use super::segment::{Segmenter, Word};
use super::sentence;
use crate::knowledge::{FactKind, Region};
use crate::text::{is_han, normalize};

/// A drafted topic, ready to be written as a topic file.
#[derive(Debug, Clone)]
pub struct DraftTopic {
    pub id: String,
    pub region: String,
    pub title: String,
    pub places: Vec<String>,
    pub keywords: Vec<String>,
    pub shared: Vec<String>,
    pub related: Vec<String>,
    pub answer: String,
    pub headline: String,
    pub byline: Byline,
    /// The story's date as printed: its dateline's, else the first in its lead.
    pub date: Option<String>,
    pub facts: Vec<DraftFact>,
    /// Line of the headline on the page.
    pub line: usize,
    /// What an editor should look at first.
    pub notes: Vec<String>,
    /// Photo captions left out of the answers.
    pub captions: usize,
    /// Who the captions credit for the photos (摄, 供图, 图片由…提供).
    pub photographers: Vec<String>,
}

/// A drafted fact.
#[derive(Debug, Clone)]
pub struct DraftFact {
    pub id: String,
    pub label: String,
    pub question: String,
    pub keywords: Vec<String>,
    pub answer: String,
    /// (label, value), each value exactly as printed.
    pub figures: Vec<(String, String)>,
    pub kind: FactKind,
    /// Line on the page of the paragraph it comes from.
    pub line: usize,
    /// The sentence as printed.
    pub sentence: String,
}

impl DraftFact {
    /// Whether the point's own answer says `word`, or may have said it
    /// before it was cut short (……) and its sentence does. Not a word of
    /// the sentence's other clauses when the point tells one.
    fn tells(&self, word: &str) -> bool {
        self.answer.contains(word) || self.answer.ends_with("……") && self.sentence.contains(word)
    }
}

/// A sentence of the story as printed, with the line of its paragraph.
struct Sentence {
    text: String,
    line: usize,
}

/// Longest short answer of a topic, in characters (the check allows 360).
const TOPIC_ANSWER: usize = 200;
/// Longest answer of a fact (the check allows 240).
const FACT_ANSWER: usize = sentence::LONGEST;
/// Keywords proposed for a story.
const STORY_KEYWORDS: usize = 14;
/// Keywords proposed for a fact, besides its figures and people.
const FACT_KEYWORDS: usize = 12;

/// Words too common in news to tell a story or a point apart.
const STOP: &[&str] = &[
    "记者",
    "本报",
    "介绍",
    "表示",
    "今年",
    "去年",
    "目前",
    "近日",
    "同时",
    "其中",
    "家里",
    "家中",
    "以上",
    "进行",
    "实现",
    "工作",
    "发展",
    "通过",
    "成为",
    "开展",
    "推动",
    "推进",
    "加快",
    "全面",
    "进一步",
    "已经",
    "一个",
    "我们",
    "他们",
    "这里",
    "当地",
    "方面",
    "记者从",
    "截至",
    "相关",
    "有关",
    "持续",
    "不断",
    "积极",
    "作为",
    "主要",
    "重要",
    "时间",
    "期间",
    "万元",
    "亿元",
    "以来",
    "一批",
    "全市",
    "全区",
    "全盟",
    "全县",
    "全旗",
    "地区",
    "项目",
    "企业",
    "群众",
    "同比",
    "增长",
    "提升",
    "提高",
    "达到",
    "突破",
    "建设",
    "服务",
    "问题",
    "情况",
    "工作人员",
    "时候",
    "大家",
    "自己",
    "这一",
    "这些",
    "那些",
    "什么",
    "多少",
    "如何",
    "怎么",
    "哪些",
    "内蒙古",
    "自治区",
    "内蒙古自治区",
    "我国",
    "中国",
    "全国",
    "国家",
    // Words for the world (世界奶业大会 is a name; 世界 alone asks of the
    // whole world, which no regional story answers).
    "世界",
    "全球",
    "全世界",
    "国际",
    "国内",
];

/// Everything about the regions a story's words are checked against.
pub struct Regions<'a> {
    pub list: &'a [Region],
    /// Every name, alias and place, normalized: (region, is a place).
    words: Vec<(String, usize, bool)>,
}

impl<'a> Regions<'a> {
    pub fn new(list: &'a [Region]) -> Regions<'a> {
        let mut words = Vec::new();
        for (ri, r) in list.iter().enumerate() {
            for w in std::iter::once(&r.name).chain([&r.full]).chain(&r.aliases) {
                words.push((normalize(w), ri, false));
            }
            for w in &r.places {
                words.push((normalize(w), ri, true));
            }
        }
        words.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.chars().count()));
        Regions { list, words }
    }

    /// The region a region line names.
    fn named(&self, line: &str) -> Option<usize> {
        let n = normalize(line);
        self.words
            .iter()
            .find(|(w, _, place)| !place && *w == n)
            .map(|(_, r, _)| *r)
    }

    /// The region a story's text names most, places counting double.
    fn inferred(&self, text: &str) -> Option<usize> {
        let n = normalize(text);
        let mut score = vec![0usize; self.list.len()];
        for (w, r, place) in &self.words {
            if w.chars().count() < 2 {
                continue;
            }
            score[*r] += n.matches(w.as_str()).count() * if *place { 2 } else { 1 };
        }
        let (best, &s) = score
            .iter()
            .enumerate()
            .max_by_key(|&(i, s)| (*s, std::cmp::Reverse(i)))?;
        (s > 0).then_some(best)
    }

    /// Whether a keyword may stand in topic `region`'s file: it is no
    /// region's name and no other region's place, and no piece that opens
    /// another region's name or place (乌兰 of 乌兰毛都草原 would answer
    /// for 乌兰察布 and 乌兰浩特) unless this region's own.
    pub fn allows(&self, word: &str, region: usize) -> bool {
        let n = normalize(word);
        let own = self.words.iter().any(|(w, r, _)| *w == n && *r == region);
        !self
            .words
            .iter()
            .any(|(w, r, place)| *w == n && (!place || *r != region))
            && (own
                || !self
                    .words
                    .iter()
                    .any(|(w, r, _)| *r != region && w.len() > n.len() && w.starts_with(&n)))
    }

    /// Whether `run` holds a region's name or a place of a region (of two
    /// characters or more), which are words already.
    fn held_in(&self, run: &str) -> bool {
        self.words
            .iter()
            .any(|(w, _, _)| w.chars().count() >= 2 && run.contains(w.as_str()))
    }

    /// Whether `word` is a region's name or a place of a region, whole.
    fn names_whole(&self, word: &str) -> bool {
        let n = normalize(word);
        self.words.iter().any(|(w, _, _)| *w == n)
    }

    /// A place name as the page prints it in full, in the pieces readers
    /// ask by: 乌海市海南区黄河村 is 黄河村 (乌海市 and 海南区 are the
    /// regions' own). A name that opens with no known place stays whole.
    fn pieces(&self, name: &str) -> Vec<String> {
        // A place the regions know whole (阿拉善右旗) is one piece.
        if self.names_whole(name) {
            return vec![name.to_string()];
        }
        let mut rest = name;
        let mut stripped = false;
        while let Some((w, _, _)) = self.words.iter().find(|(w, _, _)| {
            w.chars().count() >= 2 && rest.starts_with(w.as_str()) && rest.len() > w.len()
        }) {
            rest = &rest[w.len()..];
            stripped = true;
        }
        if !stripped {
            return vec![name.to_string()];
        }
        // What follows, cut after each ending of a place of its own
        // (拉僧庙镇曙光村: 拉僧庙镇, 曙光村); pieces of one character go.
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = rest.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let end = i + c.len_utf8();
            let piece = &rest[start..end];
            let left = chars.len() - k - 1;
            if "市盟旗县区镇乡村".contains(c) && piece.chars().count() >= 2 && left >= 2 {
                out.push(piece.to_string());
                start = end;
            }
        }
        if rest[start..].chars().count() >= 2 {
            out.push(rest[start..].to_string());
        }
        out
    }

    /// This region's places that `text` names.
    fn places_in(&self, text: &str, region: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for p in &self.list[region].places {
            // A short form inside a longer one (兴和 in 兴和县) adds nothing.
            if p.chars().count() >= 2
                && text.contains(p.as_str())
                && !out.iter().any(|o| o.contains(p.as_str()))
            {
                out.retain(|o| !p.contains(o.as_str()));
                out.push(p.clone());
            }
        }
        out
    }
}

/// Drafts one story. `taken` holds the topic ids already in use.
pub fn draft(
    story: &Story,
    regions: &Regions,
    seg: &mut Segmenter,
    taken: &HashSet<String>,
) -> Result<DraftTopic, String> {
    let mut notes = Vec::new();
    // 图为新闻发布会现场。马鼎文 摄 / 中新网呼和浩特9月17日电 (记者 李爱平)…:
    // a photo caption over the dateline stays a caption, and the byline is
    // read under it; so is a one-sentence deck (呼伦贝尔市在建最大的PPP
    // 项目,将于9月10日投入使用。) over the dateline.
    // (08.01.2017 18:01 / 渔民捧起一条青鱼(曹桢 摄) / 新华网…电: a line
    // that dates the story may stand over the caption, and is no part of
    // the story.)
    // (So may a site's lines: 您当前的位置 : 内蒙古新闻网 > …, 来源:中新网
    // 责任编辑:何宇 2021-02-02 17:02:54.)
    // (中新社内蒙古分社 • 正文 / 中新记者看内蒙古 / 2025年01月19日 14:10 来源:
    // 中国新闻网: the site's section, a line of its own between its lines,
    // is none of the story's either.)
    let mut site = byline::SiteLine::default();
    let mut over = 0;
    while story.blocks.len() > over + 2 {
        if let Some(line) = byline::site_line(&story.blocks[over].text) {
            site.absorb(line);
            over += 1;
        } else if over > 0
            && story.blocks.len() > over + 3
            && byline::is_section(&story.blocks[over].text)
            && let Some(line) = byline::site_line(&story.blocks[over + 1].text)
        {
            site.absorb(line);
            over += 2;
        } else if over > 0
            && story.blocks.len() > over + 3
            && byline::is_site_title(&story.blocks[over].text)
            && let Some(line) = byline::site_line(&story.blocks[over + 1].text)
        {
            // (当前所在:网站首页> 舆情监督 / 阿拉善:沙漠旅游活力四射 /
            // 发布时间:2024-08-18…: the site's own title for the story,
            // between its lines, which readers may ask the story by.)
            site.title
                .get_or_insert_with(|| story.blocks[over].text.trim().to_string());
            site.absorb(line);
            over += 2;
        } else if story.blocks.len() > over + 2
            && byline::is_site_title(&story.blocks[over].text)
            && byline::credit(&story.blocks[over].text).is_none()
            && !story.blocks[over].text.trim().starts_with(['(', '（'])
            && !["图", "图片", "照片"]
                .iter()
                .any(|w| story.blocks[over].text.trim().ends_with(w))
            && byline::opens_with_dateline(&story.blocks[over + 1].text)
        {
            // (阿拉善左旗为生态脆弱区的农牧民搬家 / 阿拉善9月10日电 (…): the
            // title the story ran under, over its dateline.)
            site.title
                .get_or_insert_with(|| story.blocks[over].text.trim().to_string());
            over += 1;
            break;
        } else if over == 0
            && story.blocks.len() > 3
            && byline::is_title_line(&story.blocks[0].text)
            && let Some(line) = byline::site_line(&story.blocks[1].text)
            && line.date.is_some()
        {
            // (明天,来通辽阿古拉草原,与你“敖包相会” / 发布时间:2018-08-16…:
            // the title the story ran under, right over the site's line
            // that dates it.)
            site.title
                .get_or_insert_with(|| story.blocks[0].text.trim().to_string());
            site.absorb(line);
            over = 2;
        } else if story.blocks.len() > over + 3
            && byline::is_title_line(&story.blocks[over].text)
            && let Some(sub) = story.blocks[over + 1].text.trim().strip_prefix("——")
            && byline::is_title_line(sub)
        {
            // (种好“塞外粮” 丰盛“中国碗” / ——兴安盟农业生产稳收稳升再遇丰年:
            // a feature's title and its subtitle.)
            site.title
                .get_or_insert_with(|| format!("{}——{sub}", story.blocks[over].text.trim()));
            over += 2;
        } else {
            break;
        }
    }
    let all = &story.blocks[over..];
    let under = usize::from(
        all.len() > 1 && {
            let (first, next) = (&all[0].text, &all[1].text);
            byline::credit(first).is_some() || byline::is_deck(first, next)
        },
    );
    let (mut byline, used, lead) = byline::read(&all[under..]);
    byline.merge(site);
    let mut blocks = all[..under].to_vec();
    blocks.extend_from_slice(&all[under + used..]);
    // [责任编辑 吴钰 ]: a site's line under the story is no part of it
    // either. (Its lines are read together: 作者:马维辉 over 来源:华夏时报
    // is the paper's author.)
    let mut below = byline::SiteLine::default();
    let mut any = false;
    blocks.retain(|b| match byline::site_line(&b.text) {
        Some(line) => {
            below.absorb(line);
            any = true;
            false
        }
        None => true,
    });
    if any {
        byline.merge(below);
    }
    if let (Some(lead), Some(first)) = (lead, blocks.get_mut(under)) {
        first.text = lead;
    }
    let (mut paragraphs, mut captions) = page::paragraphs(&blocks, &|a, b| seg.joins(a, b));
    if paragraphs.is_empty() {
        return Err("the story has no paragraphs".to_string());
    }
    // 摘要:9月17日,记者从…: a site's summary over the story, which the
    // story then tells in its own words (the same sentence, or more of
    // it): the summary goes; one that says what the story does not keeps
    // its words without the label.
    // (Its whole sentences still say what the story is about best.)
    let mut summarised = None;
    if let Some(at) = paragraphs.iter().position(|p| summary(&p.text).is_some()) {
        let said = summary(&paragraphs[at].text)
            .unwrap_or_default()
            .to_string();
        let opening: String = said.chars().take(SUMMARY_OPENING).collect();
        if paragraphs[at + 1..]
            .iter()
            .any(|p| p.text.contains(opening.as_str()))
        {
            let whole: String = sentence::split(&said)
                .into_iter()
                .map(|(a, b)| &said[a..b])
                .filter(|s| s.trim_end().ends_with(['。', '！', '？']))
                .map(sentence::clean)
                .collect();
            summarised = (!whole.is_empty()).then(|| short(&whole, TOPIC_ANSWER));
            paragraphs.remove(at);
        } else {
            paragraphs[at].text = said;
        }
        if paragraphs.is_empty() {
            return Err("the story has no paragraphs".to_string());
        }
    }
    // …圆满完成。(通辽机场:丁宇欣) / 候机楼节日氛围营造 / 出行旅客: lines
    // that say no sentence after the author closing the story are its
    // photos' words.
    if let Some(at) = paragraphs
        .iter()
        .rposition(|p| byline::closing(&p.text).is_some())
        && paragraphs[at + 1..]
            .iter()
            .all(|p| !p.text.contains(['。', '！', '？']))
    {
        captions.extend(paragraphs.split_off(at + 1));
    }
    // 。(通拉嘎): the author, after the last sentence, when no byline
    // named one; the brackets are no part of any answer.
    if let Some(last) = paragraphs.last_mut()
        && let Some((reporters, at)) = byline::closing(&last.text)
    {
        last.text.truncate(at);
        if byline.reporters.is_empty() {
            byline.reporters = reporters;
        }
    }
    // (总台记者 于文波) on a line of its own under the last paragraph,
    // which reads as a caption: the author, when no byline named one.
    if byline.reporters.is_empty()
        && let Some(last) = paragraphs.last().map(|p| p.line)
        && let Some(at) = captions
            .iter()
            .position(|c| c.line > last && byline::closing_line(&c.text).is_some())
    {
        let credit = captions.remove(at);
        byline.reporters = byline::closing_line(&credit.text).unwrap_or_default();
    }
    // …总投资(文章来源:上海证券报·中国证券网): the outlet the story is
    // from, when no byline named one; no part of any answer.
    if let Some(last) = paragraphs.last_mut()
        && let Some((outlet, at)) = byline::source(&last.text)
    {
        last.text.truncate(at);
        byline.text.get_or_insert(outlet);
    }
    if paragraphs.last().is_some_and(|p| p.text.trim().is_empty()) {
        paragraphs.pop();
    }
    let mut photographers: Vec<String> = Vec::new();
    for name in captions.iter().filter_map(|c| byline::credit(&c.text)) {
        if !photographers.contains(&name) {
            photographers.push(name);
        }
    }
    // 亩产 3000 斤: figures are read without the spaces the layout left
    // around them, as `check` looks for them on the page.
    for p in &mut paragraphs {
        p.text = sentence::unspaced(&p.text);
    }
    let text: String = paragraphs.iter().map(|p| p.text.as_str()).collect();

    let region = match &story.region_line {
        Some((line, _)) => {
            match regions.named(line) {
                Some(r) => r,
                None => {
                    notes.push(format!(
                        "region line '{line}' names no region; region read from place names"
                    ));
                    regions
                    .inferred(&text)
                    .ok_or_else(|| format!("cannot tell the region: '{line}' is no region, and the story names none"))?
                }
            }
        }
        None => {
            notes.push("no region line; region read from place names".to_string());
            regions
                .inferred(&format!("{}{text}", story.headline))
                .ok_or("cannot tell the region: add a region line above the headline")?
        }
    };
    if byline.reporters.is_empty() {
        notes.push("no reporter found in a byline".to_string());
    }

    let sentences: Vec<Sentence> = paragraphs
        .iter()
        .flat_map(|p| {
            sentence::split(&p.text).into_iter().map(|(a, b)| Sentence {
                text: p.text[a..b].to_string(),
                line: p.line,
            })
        })
        .collect();

    // (Looked for before the story's own compounds become words: a name
    // the dictionary does not know is no word of it.)
    // (苏尼特右旗牧民布和巴图的“牧家乐”: the headline may give the word
    // for who they are, and the story only the name.)
    let repeated = entity::recurring(&format!("{}\n{text}", story.headline), &|w| seg.knows(w));
    // 山葡萄, 马鞍山村: names the headline gives and the story repeats are
    // words, whatever the dictionary makes of them.
    for w in compounds(seg, &story.headline, &text, regions) {
        seg.add_word(&w, "nz");
    }
    // People first, so that the segmenter keeps their names whole.
    let mut people: Vec<(Person, usize)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for p in entity::people(&s.text) {
            // 副会长吴铁英考证史料: a surname and one character read after
            // a role is the start of a name of three the segmenter knows
            // as one (not 吴铁).
            let mut p = p;
            if p.name.chars().count() == 2
                && p.printed.ends_with(p.name.as_str())
                && let Some(longer) = entity::unknown_names(seg, &s.text).into_iter().find(|n| {
                    n.chars().count() == 3
                        && n.starts_with(p.name.as_str())
                        && s.text
                            .contains(&format!("{}{}", p.printed, &n[p.name.len()..]))
                })
            {
                p.printed.push_str(&longer[p.name.len()..]);
                p.name = longer;
            }
            // 站长刘宏义手指的方向: a name of four read on into the word
            // after it is the name of three the story names more often
            // (刘宏义回忆说, 刘宏义的记忆).
            if p.name.chars().count() >= 4
                && p.name.chars().next().is_some_and(entity::is_han_surname)
                && p.printed.ends_with(p.name.as_str())
            {
                let three: String = p.name.chars().take(3).collect();
                if text.matches(three.as_str()).count() > text.matches(p.name.as_str()).count() {
                    let cut = p.printed.len() - (p.name.len() - three.len());
                    p.printed.truncate(cut);
                    p.name = three;
                }
            }
            if !people.iter().any(|(q, _)| q.name == p.name) {
                seg.add_word(&p.name, "nr");
                people.push((p, si));
            }
        }
        // “85后”赵龙…返乡当了村党支部副书记: a role given after the name.
        for (name, role) in entity::introduced(&s.text) {
            let Some(title) = role else { continue };
            if people.iter().any(|(q, _)| q.name == name) {
                continue;
            }
            seg.add_word(&name, "nr");
            let role = entity::role_of(&title).unwrap_or(&title).to_string();
            people.push((
                Person {
                    name,
                    printed: title.clone(),
                    title,
                    role,
                },
                si,
            ));
        }
    }
    // 护边员嘎达, 牧民乌伊汗: names the story repeats after a word for who
    // they are, once the people named with a role are known.
    for p in repeated {
        if people.iter().any(|(q, _)| q.name == p.name) {
            continue;
        }
        let Some(si) = sentences
            .iter()
            .position(|s| s.text.contains(&p.printed))
            .or_else(|| {
                story
                    .headline
                    .contains(&p.printed)
                    .then(|| sentences.iter().position(|s| s.text.contains(&p.name)))
                    .flatten()
            })
        else {
            continue;
        };
        seg.add_word(&p.name, "nr");
        people.push((p, si));
    }
    // Everyone the story names: with a role, and those it quotes without
    // one (“…”李子元说).
    let mut named: Vec<String> = people.iter().map(|(p, _)| p.name.clone()).collect();
    for s in &sentences {
        let introduced = entity::introduced(&s.text).into_iter().map(|(n, _)| n);
        // (谢艳琴正手法娴熟地操作着打钉机: named with nothing around.)
        let unknown = entity::unknown_names(seg, &s.text)
            .into_iter()
            .chain(entity::split_names(seg, &s.text, &text))
            .filter(|n| !regions.names_whole(n));
        for name in entity::speakers(&s.text)
            .into_iter()
            .chain(introduced)
            // (宝音特古色和妻子: named with their family.)
            .chain(entity::with_kin(&s.text))
            .chain(unknown)
        {
            if !named.contains(&name) {
                seg.add_word(&name, "nr");
                named.push(name);
            }
        }
    }
    // 该机场今年第300万名旅客萨仁: someone quoted without a role is who
    // the words right before their name say (第300万名旅客是谁). Their
    // sentence keeps its own point besides (合作社负责人张贵雄笑呵呵地…说：
    // “…颗粒归仓…”).
    let described: Vec<(Person, usize)> = named
        .iter()
        .filter(|name| !people.iter().any(|(q, _)| &&q.name == name))
        .filter_map(|name| {
            sentences.iter().enumerate().find_map(|(si, s)| {
                // (王明是…公司总经理: a role said after the name.)
                entity::described_before(seg, &s.text, name)
                    .or_else(|| entity::role_stated(&s.text, name))
                    .map(|p| (p, si))
            })
        })
        .collect();
    let mut places = regions.places_in(&text, region);
    let is_place = |w: &str| !regions.allows(w, region) || regions.names_whole(w);
    // A body's name and, for a firm, the name readers call it by without
    // its legal form (心连心生物科技 of 内蒙古心连心生物科技有限公司).
    let with_firm_name =
        |name: &String| std::iter::once(name.clone()).chain(entity::firm_name(name, &is_place));
    // 京运通, 星波稀材: the trade names readers call the story's firms by.
    let mut trade_names: Vec<String> = Vec::new();
    for found in entity::places(seg, &text) {
        if let Some(t) = entity::trade_name(seg, &found, &is_place)
            && !trade_names.contains(&t)
        {
            trade_names.push(t);
        }
        for p in regions.pieces(&found) {
            if regions.allows(&p, region) && !places.contains(&p) && !entity::is_bare_ending(&p) {
                seg.add_word(&p, "nt");
                places.push(p);
            }
        }
    }
    // 京西农牧业: a firm named without 公司 is a place of the story too.
    for firm in entity::firms(seg, &text, &is_place) {
        if !places.contains(&firm) {
            seg.add_word(&firm, "nt");
            places.push(firm);
        }
    }
    places.retain(|p| regions.allows(p, region));

    let date = byline
        .date
        .clone()
        .or_else(|| first_date(&paragraphs[0].text));
    let keep = |w: &str| keyword_ok(w) && regions.allows(w, region);

    // Figures are words of their own, kept whole: 1300台风力发电机 is
    // 1300台 and 风力发电机, not 台风.
    let found: Vec<Vec<Figure>> = sentences.iter().map(|s| figure::find(&s.text)).collect();
    for f in found.iter().flatten() {
        seg.add_word(&f.value, "m");
    }
    // 中科发5号: a name with a number in it is one word, which readers ask by.
    let numbered: Vec<Vec<String>> = sentences.iter().map(|s| figure::names(&s.text)).collect();
    for n in numbered.iter().flatten() {
        seg.add_word(n, "nz");
    }
    let mut facts: Vec<DraftFact> = Vec::new();
    let mut previous: Option<&Sentence> = None;
    let mut before = String::new();
    let person_sentences: HashSet<usize> = people.iter().map(|(_, si)| *si).collect();
    // The place the paragraph being read opens on, with its line.
    let mut scene: Option<(usize, String)> = None;
    // Each sentence's scene.
    let mut scene_of: Vec<Option<String>> = Vec::with_capacity(sentences.len());
    for (si, (s, figures)) in sentences.iter().zip(&found).enumerate() {
        // (…南门外小学二分校已于…封顶。…呼和浩特市第39中学分校于…进场: a
        // sentence that opens on another place turns the paragraph to it.)
        // (Not the place the whole story is at, 在牙克石凤凰山景区: a body.)
        let opens = opening_place(&s.text, &places);
        let turns = opens.as_deref().is_some_and(entity::is_body);
        if turns || previous.is_none_or(|p| p.line != s.line) {
            scene = opens.map(|p| (s.line, p));
        }
        scene_of.push(scene.as_ref().map(|(_, p)| p.clone()));
        // 7月25日，锡林浩特机场单日完成旅客吞吐量4452人次…。这也是暑运
        // 旺季以来，机场客流持续走高的一个缩影: a sentence that says no
        // figure and only goes on about the one before (这也是, 这是) is
        // part of that point, asked by its words too.
        let goes_on = figures.is_empty()
            && !person_sentences.contains(&si)
            && ["这也是", "这是", "这正是", "这也"]
                .iter()
                .any(|w| s.text.starts_with(w));
        if goes_on
            && let Some(prev) = previous.filter(|p| p.line == s.line)
            && let Some(last) = facts.last_mut().filter(|f| f.sentence == prev.text)
            && last.answer.chars().count() + s.text.chars().count() <= FACT_ANSWER
        {
            last.answer.push_str(&sentence::clean(&s.text));
            for w in seg.keywords(&s.text, FACT_KEYWORDS) {
                if keep(&w) && !last.keywords.contains(&w) {
                    last.keywords.push(w);
                }
            }
            before.push_str(&s.text);
            previous = Some(s);
            continue;
        }
        let drafted = if !figures.is_empty() {
            // (A sentence that is only a date, 2月3日。, labels nothing.)
            figure_facts(s, figures, &people, seg, &keep)
                .into_iter()
                .filter(|f| !f.label.is_empty())
                .collect()
        } else if person_sentences.contains(&si) {
            Vec::new()
        } else {
            text_fact(s, seg, &keep).into_iter().collect()
        };
        // 改变始于“联村经济”的建立。当地党委…将…5个嘎查的资源“握指成拳”:
        // a short sentence that makes no point of its own introduces the
        // next one of its paragraph, which is asked by its quoted terms.
        let introduced: Vec<String> = previous
            .filter(|p| {
                p.line == s.line
                    && p.text.chars().count() < TEXT_FACT
                    && !facts.iter().any(|f| f.sentence == p.text)
            })
            .map(|p| quoted(&p.text).into_iter().filter(|w| keep(w)).collect())
            .unwrap_or_default();
        for mut fact in drafted {
            for w in &introduced {
                if !fact.keywords.contains(w) {
                    fact.keywords.push(w.clone());
                }
            }
            // 二期建设完成2GW: asked of that phase (京运通二期要建多久).
            for p in figure::phases(&s.text) {
                if !fact.keywords.contains(&p) {
                    fact.keywords.push(p);
                }
            }
            for n in &numbered[si] {
                if !fact.keywords.contains(n) {
                    fact.keywords.push(n.clone());
                }
                if !fact.figures.iter().any(|(_, v)| v == n) {
                    fact.figures
                        .push((numbered_label(&s.text, n).to_string(), n.clone()));
                }
            }
            // 它是乌兰察布市首个…: a sentence that opens with a pronoun (or
            // says 这里) is about what the sentence before it named.
            if let Some(prev) = previous.filter(|_| refers_back(&s.text)) {
                for w in seg.keywords(&prev.text, FACT_KEYWORDS) {
                    if keep(&w) && !fact.keywords.contains(&w) {
                        fact.keywords.push(w);
                    }
                }
            }
            // 目前，其繁育总场存栏11500头肉牛, 企业将牛群细分…: the firm
            // named last is what 其 or 企业 speaks of, and readers ask by
            // its name.
            // (After a short lead: 目前，其…; 早在2019年,该校….)
            let opening = s.text.split_once(['，', ',']).map_or("", |(lead, rest)| {
                if lead.chars().count() <= 7 { rest } else { "" }
            });
            // (早在2019年,该校就拿过…一等奖: the school named last.)
            // (这家公司成立于1996年: the firm named just before.)
            let of_firm = ["其", "企业", "公司"]
                .iter()
                .chain(FIRM_POINTERS)
                .any(|w| s.text.starts_with(w) || opening.starts_with(w))
                && !s.text.starts_with("其中");
            if of_firm
                && let Some(p) = latest_organisation(&places, &before)
                && !s.text.contains(p.as_str())
                && !fact.keywords.contains(&p)
            {
                // Alone, the answer names it where the page said 该校, with
                // the place before it that the page printed (包头服务管理职业
                // 学校, of which 服务管理职业学校 is the name kept).
                if let Some(this) = FIRM_POINTERS.iter().find(|w| fact.answer.contains(**w))
                    && let Some(at) = before.rfind(p.as_str())
                {
                    let head: Vec<char> = before[..at].chars().collect();
                    let place = (2..=6.min(head.len()))
                        .rev()
                        .map(|k| head[head.len() - k..].iter().collect::<String>())
                        .find(|h| h.chars().all(is_han) && regions.names_whole(h))
                        .unwrap_or_default();
                    fact.answer = fact.answer.replacen(this, &format!("{place}{p}"), 1);
                }
                fact.keywords.push(p);
            }
            // 这是鄂尔多斯市首个…项目: alone, the answer would not say what
            // "this" is; it names the organisation or project named last.
            // (…才能登上必鲁图峰。这是世界最高的沙山: the place the sentence
            // before closes on, when it closes on one.)
            let closing = previous.and_then(|prev| {
                let text = prev.text.trim_end_matches(['。', '！', '!', '”', ' ']);
                places
                    .iter()
                    .filter(|p| text.ends_with(p.as_str()))
                    .max_by_key(|p| p.len())
            });
            if ["这是", "它是"].iter().any(|p| s.text.starts_with(p))
                && let Some(p) = closing
                    .cloned()
                    .or_else(|| latest_organisation(&places, &before))
            {
                fact.answer = short(&format!("{p}：{}", fact.answer), FACT_ANSWER);
                if !fact.keywords.contains(&p) {
                    fact.keywords.push(p);
                }
            }
            // “爬地龙”: a term the page coins stands in quotes, and readers
            // ask by it. (Not a term of the sentence's other clauses when
            // the point tells one: 2018年,赛音不浪村立足资源优势 is no answer
            // to what “吉木斯” is. An answer cut short may have lost it.)
            for w in quoted(&s.text) {
                if keep(&w) && !fact.keywords.contains(&w) && fact.tells(&w) {
                    fact.keywords.push(w);
                }
            }
            // 希伯花镇的果园里，锦绣海棠挂满枝头。…112亩果园亩产3000斤: the
            // place a paragraph opens on is where its points that name no
            // place of their own happen, and readers ask by it.
            // (A place inside a word of its later clauses is none of its
            // own: 总建筑面积34795.48平米，规划小学教学班24个.)
            let opening = s.text.split(CLAUSE_CUTS).next().unwrap_or(&s.text);
            let own = |q: &String| {
                opening.contains(q.as_str())
                    || s.text.contains(q.as_str()) && q.chars().count() >= 5
            };
            if let Some((line, p)) = &scene
                && *line == s.line
                && !places.iter().any(own)
                && !fact.keywords.contains(p)
            {
                fact.keywords.push(p.clone());
            }
            // 小区占地128亩: a place named before by its full name (标准化繁育
            // 小区) and now by its ending alone is asked by its full name.
            for p in &places {
                if s.text.contains(p.as_str()) {
                    continue;
                }
                let Some(end) = entity::ending(p) else {
                    continue;
                };
                // (广厦石油集团有限公司年产30万吨成品油项目…: the 公司 of
                // another body's name the sentence prints is that body's;
                // 华兴实业公司 is 华兴实业有限责任公司 still, and a name in
                // quotes is a title, 被评为“三级甲等医院”.)
                let alone = s.text.match_indices(end).any(|(at, _)| {
                    !places.iter().any(|other| {
                        other.strip_suffix(end).is_some_and(|head| {
                            let before = s.text[..at + end.len()].strip_suffix(other.as_str());
                            before.is_some_and(|b| !b.ends_with('“'))
                                && !(head.chars().count() >= 2 && p.contains(head))
                        })
                    })
                });
                if alone
                    && latest_place(&places, &before, "", end).as_ref() == Some(p)
                    && !fact.keywords.contains(p)
                {
                    fact.keywords.push(p.clone());
                }
            }
            facts.push(fact);
        }
        before.push_str(&s.text);
        previous = Some(s);
    }
    // A point names the people its sentence names, and one that says 他 or
    // 她 of someone (2007年,25岁的她嫁到达茂旗) names the one named last
    // before it; so does one that goes on in that person's paragraph
    // naming no one (白吉仁台也掰着指头算过账…。可细算下来还是赚了…):
    // readers ask by the name.
    let subjects = subjects(&named, &sentences);
    // 满洲里通过“北博会”这一平台…: a short name the page quotes stands for
    // the long one it prints (北方科技博览会: 北, 博 and 会 in order), and
    // readers ask by it of the points that print the long one. 落下帷幕 is
    // asked as 落幕, 拉开帷幕 as 开幕.
    let short_names = abbreviations(&text);
    for f in &mut facts {
        let said = short_names
            .iter()
            .filter(|(_, long)| f.sentence.contains(long.as_str()))
            .map(|(short, _)| short.clone())
            .chain(
                [("落下帷幕", "落幕"), ("拉开帷幕", "开幕")]
                    .iter()
                    .filter(|(printed, _)| f.sentence.contains(printed))
                    .map(|(_, said)| said.to_string()),
            )
            .collect::<Vec<_>>();
        for w in said {
            // (“呼伦贝尔”地名的由来 is no short name of 呼伦湖和贝尔湖 a
            // keyword may claim: a region's name is the regions' file's.)
            if keep(&w) && !f.keywords.contains(&w) {
                f.keywords.push(w);
            }
        }
    }
    for f in &mut facts {
        // 像张利这样的…: not theirs, whatever TF-IDF made of the name.
        f.keywords
            .retain(|k| !(named.contains(k) && as_example(&f.sentence, k)));
        let mut add: Vec<String> = named
            .iter()
            .filter(|n| f.sentence.contains(n.as_str()) && !as_example(&f.sentence, n))
            .cloned()
            .collect();
        if add.is_empty() {
            let at = sentences.iter().position(|s| s.text == f.sentence);
            add.extend(at.and_then(|at| subjects[at].clone()));
            // 这位从托扎敏乡走出来的鄂伦春族学者，是第一位…: an answer that
            // opens by pointing at the person named before says whom (谁 is
            // asked of it): 白兰这位…. (Not 他 or 她, which may point past
            // the person named last.)
            if let Some(n) = add.first()
                && f.answer.starts_with("这位")
            {
                f.answer = format!("{n}{}", f.answer);
            }
        }
        // 54岁的张利: a point of someone's age is asked as such.
        if f.label == AGE
            && let Some(n) = aged(&f.sentence, &add).or(add.first())
        {
            f.label = format!("{n}的{AGE}");
            f.question = format!("{n}今年多大？");
        }
        for n in add {
            if !f.keywords.contains(&n) {
                f.keywords.push(n);
            }
        }
    }
    for (p, si) in people.iter().chain(&described) {
        let mut fact = person_fact(p, &sentences[*si], &keep);
        // (…在华兴实业有限责任公司…现场…。厂长龙敬文告诉记者: a role
        // alone is held at the body the paragraph is at.)
        if p.title == p.role
            && let Some(Some(at)) = scene_of.get(*si)
            && entity::is_body(at)
            && !fact.keywords.contains(at)
        {
            fact.keywords.push(at.clone());
        }
        // 合作社经理曾庆春: the 合作社 is the one the story names in full.
        // (…呼和浩特铁路物流中心沙良物流园副经理孔祥平: the places their
        // title names ask for them too, 孔祥平在沙良物流园是啥职务.)
        // (内蒙古心连心生物科技有限公司总经理司纯宾: and by the firm's name
        // as readers say it, 心连心生物科技.)
        let titled = places
            .iter()
            .filter(|pl| p.title.contains(pl.as_str()))
            .flat_map(with_firm_name)
            .collect::<Vec<_>>();
        for place in titled {
            if keep(&place) && !fact.keywords.contains(&place) {
                fact.keywords.push(place);
            }
        }
        let org = p.title.strip_suffix(p.role.as_str()).unwrap_or("");
        if org.chars().count() >= 2
            && let Some(place) = latest_place(&places, &text, &sentences[*si].text, org)
            && !fact.keywords.contains(&place)
        {
            fact.keywords.push(place);
        }
        facts.push(fact);
    }
    // 该公司综合部主任王群: alone, the answer would not say which firm; it
    // names the organisation of that ending the story named last before.
    for f in &mut facts {
        let before = text.find(f.sentence.as_str()).map_or("", |i| &text[..i]);
        let named = places
            .iter()
            .filter_map(|p| {
                let end = entity::ending(p).filter(|e| entity::is_organisation_ending(e))?;
                // (该扩建项目, of 内蒙古国际蒙医医院扩建项目: the longest
                // end of the name that 该 speaks of.)
                let chars: Vec<char> = p.chars().collect();
                (end.chars().count()..chars.len())
                    .rev()
                    .map(|k| format!("该{}", chars[chars.len() - k..].iter().collect::<String>()))
                    .find(|this| f.answer.contains(this.as_str()))
                    .map(|this| (this, p))
            })
            .filter_map(|(this, p)| before.rfind(p.as_str()).map(|i| (i, p.len(), this, p)))
            .max_by_key(|&(i, len, _, _)| (i, len));
        if let Some((_, _, this, p)) = named {
            f.answer = short(&f.answer.replacen(&this, p, 1), FACT_ANSWER);
            if !f.keywords.contains(p) {
                f.keywords.push(p.clone());
            }
        }
    }
    // 自该系统于2014年年初上线以来: a thing of a kind 该 speaks of is the
    // one its paragraph named before (PVS450乘用车安全检查系统); the answer
    // names it, and readers ask by its name.
    for f in &mut facts {
        let Some((kind, pointer)) = THING_KINDS
            .iter()
            .map(|k| (*k, format!("该{k}")))
            .find(|(_, pointer)| f.answer.contains(pointer.as_str()))
        else {
            continue;
        };
        let earlier = earlier_in_paragraph(&sentences, f);
        let before = format!(
            "{earlier}{}",
            f.sentence.split(pointer.as_str()).next().unwrap_or("")
        );
        if let Some(name) = thing_named(&before, kind) {
            f.answer = short(&f.answer.replacen(pointer.as_str(), &name, 1), FACT_ANSWER);
            // (As the organisation's name is: whole, as printed.)
            if !f.keywords.contains(&name) {
                f.keywords.push(name);
            }
        }
    }
    // 新建哈达路小学，项目选址…。项目估算投资9000万元…: a sentence that
    // opens with a bare 项目 or 工程 speaks of the body its paragraph named
    // before it, and readers ask by that name (哈达路小学估算投资多少钱);
    // the answer names it.
    for f in &mut facts {
        if !BARE_BODIES.iter().any(|w| f.answer.starts_with(w)) {
            continue;
        }
        let earlier = earlier_in_paragraph(&sentences, f);
        let body = places
            .iter()
            .filter(|p| entity::is_body(p))
            .filter_map(|p| earlier.rfind(p.as_str()).map(|i| (i, p.len(), p)))
            .max_by_key(|&(i, len, _)| (i, len));
        // (园区 is a project's grounds or a park's own, not a firm's: 贵州泰豪
        // 集团…。园区围绕… speaks of a park the firm builds.)
        let grounds = f.answer.starts_with("园区");
        let body = body.filter(|(_, _, p)| !grounds || p.ends_with("项目") || p.ends_with("园区"));
        if let Some((_, _, p)) = body {
            // (天然气液化项目|今年3月开工: the body's own 项目 is the one
            // the sentence opens with.)
            let rest = BARE_BODIES
                .iter()
                .find(|w| p.ends_with(**w))
                .and_then(|w| f.answer.strip_prefix(w))
                .unwrap_or(&f.answer);
            f.answer = short(&format!("{p}{rest}"), FACT_ANSWER);
            // (盈通能源有限责任公司日处理…天然气液化项目: the firm whose
            // body it is asks for it too, 盈通能源天然气液化项目什么时候投产.)
            let named_in = sentences
                .iter()
                .filter(|s| s.line == f.line)
                .take_while(|s| s.text != f.sentence)
                .filter(|s| s.text.contains(p.as_str()))
                .fold(None, |_, s| Some(s));
            let firms: Vec<String> = named_in
                .into_iter()
                .flat_map(|s| {
                    places
                        .iter()
                        .filter(|q| q.ends_with("公司") && s.text.contains(q.as_str()))
                })
                .flat_map(with_firm_name)
                .collect();
            for w in std::iter::once(p.clone()).chain(firms) {
                if (w == *p || keep(&w)) && !f.keywords.contains(&w) {
                    f.keywords.push(w);
                }
            }
        }
    }
    // 2022年，全市农作物总播种面积…。全市粮食总产量达到131.2亿斤…: a
    // paragraph that opens with a year dates its sentences that name none;
    // they are asked by that year too.
    let mut dated: Option<(usize, String)> = None;
    // Whether the sentence before went on after a semicolon.
    let mut listed = false;
    for f in facts.iter_mut() {
        let years: Vec<Figure> = figure::find(&f.sentence)
            .into_iter()
            .filter(|g| g.kind == FigureKind::Year)
            .collect();
        // (…的轨迹：2012年，阿荣旗完成…: a year right after a colon opens
        // what the sentence tells.)
        let opening = years.first().filter(|g| {
            g.value.ends_with('年')
                && (g.start == 0 || f.sentence[..g.start].ends_with(['：', ':']))
        });
        // (固定资产投资完成100.9亿元，是2007年的3.8倍: a year compared
        // with dates nothing.)
        let compared = |g: &Figure| {
            ["是", "比", "较"]
                .iter()
                .any(|w| f.sentence[..g.start].ends_with(w))
        };
        match (opening, &dated) {
            (Some(g), _) => {
                dated = Some((f.line, g.value.clone()));
            }
            (None, Some((line, year)))
                if *line == f.line
                    && years.iter().all(compared)
                    && !f.keywords.contains(year)
                    && f.kind != FactKind::Person =>
            {
                f.keywords.push(year.clone());
                // (…2012年，阿荣旗完成…；固定资产投资完成100.9亿元…: a
                // part of the one sentence says the year it is of, alone.)
                if listed && !f.answer.contains(year.as_str()) {
                    f.answer = short(&format!("{year}，{}", f.answer), FACT_ANSWER);
                }
            }
            (None, Some((line, _))) if *line == f.line => {}
            (None, Some(_)) => dated = None,
            (None, None) => {}
        }
        listed = f.sentence.trim_end().ends_with(['；', ';']);
    }
    // 据统计，“十一五”的5年间，包钢总计产铁4525万吨…；总计产钢4633万吨…:
    // the parts of one sentence cut at its semicolons, each opening as the
    // first goes on (总计), share what the first says before those words;
    // readers ask each by them.
    let mut lead: Option<(usize, String, Vec<String>)> = None;
    let mut listed = false;
    for f in facts.iter_mut() {
        match &lead {
            Some((line, sentence, keywords)) if listed && *line == f.line => {
                let own: String = f.sentence.chars().take(2).collect();
                let frame_end = sentence
                    .find(own.as_str())
                    .filter(|_| own.chars().count() == 2 && own.chars().all(is_han))
                    .unwrap_or(0);
                for w in keywords {
                    if sentence[..frame_end].contains(w.as_str()) && !f.keywords.contains(w) {
                        f.keywords.push(w.clone());
                    }
                }
            }
            _ => lead = Some((f.line, f.sentence.clone(), f.keywords.clone())),
        }
        listed = f.sentence.trim_end().ends_with(['；', ';']);
        if !listed {
            lead = None;
        }
    }
    // 8月3日上午10时18分，首列高铁…驶出呼和浩特东火车站。当日开通运营的…
    // 高铁线路全长126公里: 当日 is the day the story dated last before
    // (else its dateline's), which the answer says instead and which
    // dates the point.
    for f in facts.iter_mut() {
        let Some(word) = SAME_DAY.iter().find(|w| f.answer.starts_with(**w)) else {
            continue;
        };
        if figure::find(&f.sentence)
            .iter()
            .any(|g| g.kind == FigureKind::Date)
        {
            continue;
        }
        let before = text.find(f.sentence.as_str()).map_or("", |i| &text[..i]);
        let Some(day) = figure::find(before)
            .into_iter()
            .filter(|g| g.kind == FigureKind::Date)
            .map(|g| g.value)
            .next_back()
            .or_else(|| date.clone())
        else {
            continue;
        };
        let rest = &f.answer[word.len()..];
        let said = if *word == "当晚" { "晚" } else { "" };
        // (当天，6000余名演职人员…: 19日，6000余名….)
        f.answer = short(&format!("{day}{said}{rest}"), FACT_ANSWER);
        if !f.figures.iter().any(|(_, v)| *v == day) {
            f.figures.push(("日期".to_string(), day.clone()));
        }
        if !f.keywords.contains(&day) {
            f.keywords.push(day);
        }
    }
    // A story whose sentences make no point (预计年底前投产。) is told by
    // its headline and its lead: one point, for the editor to review.
    if facts.is_empty() {
        notes.push(
            "no figure and no named person in the text: its one point is the headline".to_string(),
        );
        facts.push(headline_fact(story, &paragraphs[0].text, seg, &keep));
    }

    // A story's own keywords are its headline's nouns and the words that
    // run through it (in two sentences or more); a word of one sentence
    // belongs to that sentence's fact, where it tells the point apart.
    let mut keywords: Vec<String> = Vec::new();
    // (乌海国庆假期旅游收入…: a holiday or a season the headline names, not
    // a time relative to the day, 今年 or 近日, is what the story is about.)
    let named_time = |w: &crate::draft::segment::Word| {
        w.tag == "t"
            && w.text.chars().count() >= 2
            && !w
                .text
                .chars()
                .any(|c| "今去明昨前后近当现目此日年月时".contains(c))
    };
    let recurring = |w: &str| sentences.iter().filter(|s| s.text.contains(w)).count() >= 2;
    // (锡盟“五站五线”工程28天完成调试投运: a name the headline quotes and
    // the text repeats is what the story is about, whatever the segmenter
    // makes of it, 五 站 五 线.)
    let headline_words: Vec<String> = seg
        .words(&story.headline)
        .into_iter()
        .filter(|w| ["n", "nz", "ns", "nt", "vn", "j", "l", "nr"].contains(&w.tag) || named_time(w))
        .map(|w| w.text.to_string())
        .chain(quoted(&story.headline).into_iter().filter(|w| recurring(w)))
        .collect();
    let text_words = seg
        .keywords(&format!("{}。{text}", story.headline), STORY_KEYWORDS)
        .into_iter()
        .filter(|w| {
            recurring(w)
                && (story.headline.contains(w.as_str()) || paragraphs[0].text.contains(w.as_str()))
        });
    // A person the story names along the way (李子元 of a story about a
    // county's sunflowers) is asked of by the points that name them: their
    // name is those points' word, the story's only when its headline says it.
    let passing = |w: &str| named.iter().any(|n| n == w) && !story.headline.contains(w);
    let lines: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    let subjects_named = subject_names(seg, &lines, regions);
    for w in headline_words
        .into_iter()
        .chain(text_words)
        .chain(subjects_named)
    {
        if keep(&w) && !keywords.contains(&w) && !places.contains(&w) && !passing(&w) {
            keywords.push(w);
        }
    }
    // 题:内蒙古阿鲁科尔沁旗:一棵草开启产业发展之路, 题:河套平原的“麦香传
    // 奇”: readers who read a feature's own title ask of the story by it:
    // its words after the place it opens with, whole, and the terms it
    // quotes.
    // (原标题:凉城县第三产业发展势头强: so do those who read the title
    // it first ran under; its nouns are the story's, as the headline's.)
    if let Some(title) = &byline.title {
        let last = title.rsplit([':', '：']).next().unwrap_or(title).trim();
        let whole = (!last.contains(['，', ',', ' ', '“', '”'])).then(|| last.to_string());
        let nouns = seg
            .words(title)
            .into_iter()
            .filter(|w| ["n", "nz", "nt", "vn", "j", "l"].contains(&w.tag))
            .map(|w| w.text.to_string());
        for w in quoted(title).into_iter().chain(whole).chain(nouns) {
            if keep(&w) && !keywords.contains(&w) {
                keywords.push(w);
            }
        }
    }
    // A story word in a fact's sentence ties the point to the story (an
    // echo, in the engine's terms): 称号 picks the fact that names the titles.
    // Not a person's point: a story word says nothing of who (包头 in
    // 包头市市长张锐 would make every question about 包头 one about him).
    // (Of the point's own words: 2018年,赛音不浪村立足资源优势 tells when,
    // not of the 网纹瓜 the rest of its sentence names. An answer cut
    // short may have lost them.)
    for f in facts.iter_mut().filter(|f| f.kind != FactKind::Person) {
        for k in keywords.iter().chain(&places) {
            if f.tells(k) && !f.keywords.contains(k) {
                f.keywords.push(k.clone());
            }
        }
    }
    // 在察右前旗鑫悦马铃薯种植基地,农机来回翻地。今年合作社…流转2000多
    // 亩土地: a paragraph that opens at a place tells of that place until
    // it names another; its points are asked by it.
    let mut scene: Option<(usize, String)> = None;
    let mut scenes: Vec<(String, String)> = Vec::new();
    for s in &sentences {
        // (30公里外的乌拉特后旗巴音前达门苏木，另一场“绿色革命”正在上演:
        // so does one that opens on a place so far off.)
        let opening = s
            .text
            .strip_prefix('在')
            .or_else(|| far_off(&s.text))
            .map(|t| t.split(CLAUSE_CUTS).next().unwrap_or(t));
        // The place it opens at is the one it names most fully (察右前旗鑫悦
        // 马铃薯种植基地, not 察右前旗).
        let at = opening.and_then(|clause| {
            places
                .iter()
                .filter(|p| clause.contains(p.as_str()))
                .max_by_key(|p| p.len())
        });
        match (at, &scene) {
            (Some(p), _) => scene = Some((s.line, p.clone())),
            (None, Some((line, p))) if *line == s.line => {
                scenes.push((s.text.clone(), p.clone()));
            }
            (None, _) => scene = None,
        }
    }
    for f in facts.iter_mut().filter(|f| f.kind != FactKind::Person) {
        for (sentence, p) in &scenes {
            if f.sentence == *sentence && !f.keywords.contains(p) {
                f.keywords.push(p.clone());
            }
        }
    }
    // 鑫悦基地, 合作社: a point that names an organisation in full, or
    // tells of it in its paragraph, is asked by its short name and by what
    // it is.
    // (Of a body the story runs through, 内蒙古国际蒙医医院, only the
    // points that name it in full would be asked by it without 内蒙古, and
    // the others, that call it 该院, not: its name is the story's word.)
    let of_one_sentence = |p: &str| {
        !story.headline.contains(p) && sentences.iter().filter(|s| s.text.contains(p)).count() < 2
    };
    let shorts: Vec<(String, Vec<String>)> = places
        .iter()
        .filter_map(|p| {
            let end = entity::ending(p).filter(|e| entity::is_organisation_ending(e))?;
            // (瀚海半导体 of 内蒙古瀚海半导体有限公司: without its legal form.)
            let mut words: Vec<String> = entity::short_name(seg, p)
                .into_iter()
                .chain(entity::firm_name(p, &is_place))
                .chain(entity::without_region(p).filter(|_| of_one_sentence(p)))
                .chain(entity::school_short(p))
                .collect();
            if OWNED.contains(&end) {
                words.push(end.to_string());
            }
            Some((p.clone(), words))
        })
        .collect();
    for f in facts.iter_mut().filter(|f| f.kind != FactKind::Person) {
        for (p, words) in &shorts {
            if !f.sentence.contains(p.as_str()) && !f.keywords.contains(p) {
                continue;
            }
            for w in words {
                if keep(w) && !f.keywords.contains(w) {
                    f.keywords.push(w.clone());
                }
            }
        }
    }
    // A place or organisation of one sentence (阳光田宇国际酒庄) is that
    // point's word, not the story's: asked by it, the point answers. The
    // story keeps the regions' places, those in its headline and those
    // that run through it.
    // (A photo's caption that names it again counts: 包头常铝北方铝业有限
    // 责任公司的生产车间, under the story that opens in its workshop.)
    let own = regions.places_in(&text, region);
    places.retain(|p| {
        own.contains(p)
            || story.headline.contains(p.as_str())
            || sentences
                .iter()
                .map(|s| s.text.as_str())
                .chain(captions.iter().map(|c| c.text.as_str()))
                .filter(|s| s.contains(p.as_str()))
                .count()
                >= 2
    });

    // 包头“两都”: a number and a character stand for the terms a point
    // quotes that end in it (“世界稀土之都”“世界绿色硅都”), and readers
    // ask by it.
    let numbered_terms: Vec<String> = std::iter::once(story.headline.as_str())
        .chain(sentences.iter().map(|s| s.text.as_str()))
        .flat_map(quoted)
        .filter(|t| {
            let c: Vec<char> = t.chars().collect();
            c.len() == 2 && "两二三四五六七八九十".contains(c[0])
        })
        .collect();
    for t in &numbered_terms {
        let end = t.chars().last().unwrap_or_default();
        for f in &mut facts {
            let terms = quoted(&f.sentence)
                .iter()
                .filter(|q| q.ends_with(end))
                .count();
            if terms >= 2 && !f.keywords.contains(t) {
                f.keywords.push(t.clone());
            }
        }
    }
    // 京运通项目哪天开工: the story is asked by the trade names of the
    // firms its headline names or its sentences name more than once. (Not
    // one point: the point that names the firm in full is seldom the one
    // asked of it, 盈通能源…什么时候投产; nor a firm named once, which the
    // point that names it answers by its text, 魏佳米业自己种了多少亩.)
    for t in &trade_names {
        let named = sentences
            .iter()
            .filter(|s| s.text.contains(t.as_str()))
            .count();
        if (story.headline.contains(t.as_str()) || named >= 2) && !keywords.contains(t) {
            keywords.push(t.clone());
        }
    }
    // 照片里指导学员的是谁, 赤松茸酱的照片是谁拍的: a credited photo is
    // a point of its own, what it shows and who took it, apart from the
    // story's sentences.
    facts.extend(captions.iter().filter_map(|c| caption_fact(c, seg, &keep)));
    // 北京友谊医院 is 友谊医院 too: a body named with its city first is
    // asked without it.
    for list in std::iter::once(&mut keywords).chain(facts.iter_mut().map(|f| &mut f.keywords)) {
        let unplaced: Vec<String> = list
            .iter()
            .filter_map(|k| without_city(k))
            .filter(|w| keep(w) && !list.contains(w))
            .collect();
        for w in unplaced {
            if !list.contains(&w) {
                list.push(w);
            }
        }
        // 盛世华府小区: a housing estate is asked by its name without its
        // kind (盛世华府回迁安置的是哪两个村).
        let stems: Vec<String> = list
            .iter()
            .filter_map(|k| KIND_DROPPED.iter().find_map(|e| k.strip_suffix(e)))
            .filter(|s| s.chars().count() >= 3 && s.chars().all(is_han))
            .filter(|s| !regions.names_whole(s) && keep(s) && !list.iter().any(|w| w == s))
            .map(str::to_string)
            .collect();
        list.extend(stems);
    }
    // Whatever step found it, no keyword is a region's name or another
    // region's place: the check would refuse the whole draft for one.
    for list in std::iter::once(&mut keywords).chain(facts.iter_mut().map(|f| &mut f.keywords)) {
        list.retain(|w| regions.allows(w, region));
    }
    fact_ids(&mut facts);
    let title = title(&story.headline);
    let answer = summarised.unwrap_or_else(|| lead_answer(&sentences, paragraphs[0].line));
    let slug = regions.list[region]
        .slug
        .clone()
        .unwrap_or_else(|| romanize(&regions.list[region].name, 12));
    let id = unique_id(&slug, &keywords, taken);
    Ok(DraftTopic {
        id,
        region: regions.list[region].name.clone(),
        title,
        places,
        keywords,
        shared: Vec::new(),
        related: Vec::new(),
        answer,
        headline: story.headline.clone(),
        byline,
        date,
        facts,
        line: story.headline_line,
        notes,
        captions: captions.len(),
        photographers,
    })
}

/// Times a story's subject name is printed, in two paragraphs or more.
const SUBJECT_RECURS: usize = 3;

/// Word classes that take no part in a subject's name: numerals,
/// pronouns, prepositions, conjunctions, particles, adverbs, time and
/// direction words, punctuation.
const NOT_IN_SUBJECT: &[&str] = &[
    "m", "q", "r", "p", "c", "u", "uj", "ul", "uz", "d", "t", "f", "x", "y", "a", "ad", "nr",
];

/// The name of what the story is about, made of words the dictionary
/// knows (抽水|蓄能|电站, 冰雪|自驾): two to four words in a row of the
/// first paragraph, four to ten characters, that the story prints three
/// times or more, in two paragraphs or more; the longest where one holds
/// another as often. Readers ask by it whatever they ask of the story, so
/// it is the story's word, not that of the one point whose sentence
/// happened to rank its pieces highest.
/// How many characters of a summary (摘要:…) the story must repeat for the
/// summary to be its own words again.
const SUMMARY_OPENING: usize = 16;

/// What a site's summary line says, past its label (`摘要:9月17日,…`).
fn summary(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix("摘要")?;
    let rest = rest.trim_start().strip_prefix([':', '：'])?.trim();
    (rest.chars().count() >= SUMMARY_OPENING).then_some(rest)
}

fn subject_names(seg: &Segmenter, paragraphs: &[&str], regions: &Regions) -> Vec<String> {
    let Some(first) = paragraphs.first() else {
        return Vec::new();
    };
    let words = seg.words(first);
    let mut found: Vec<(String, usize)> = Vec::new();
    for i in 0..words.len() {
        for n in 2..=4 {
            let Some(run) = words.get(i..i + n) else {
                break;
            };
            let name: String = run.iter().map(|w| w.text).collect();
            if !(4..=10).contains(&name.chars().count())
                || found.iter().any(|(f, _)| *f == name)
                || !run.iter().all(|w| {
                    w.text.chars().count() >= 2
                        && w.text.chars().all(is_han)
                        && !STOP.contains(&w.text)
                        && !NOT_IN_SUBJECT.contains(&w.tag)
                })
                || regions.held_in(&name)
            {
                continue;
            }
            let count: usize = paragraphs
                .iter()
                .map(|p| p.matches(name.as_str()).count())
                .sum();
            let spread = paragraphs
                .iter()
                .filter(|p| p.contains(name.as_str()))
                .count();
            if count >= SUBJECT_RECURS && spread >= 2 {
                found.push((name, count));
            }
        }
    }
    longest_runs(&found)
}

/// The runs found, less those another run holds that is printed as often
/// or more (蓄能电站 inside 抽水蓄能电站).
fn longest_runs(found: &[(String, usize)]) -> Vec<String> {
    found
        .iter()
        .filter(|(g, c)| {
            !found
                .iter()
                .any(|(h, d)| h != g && h.contains(g.as_str()) && d >= c)
        })
        .map(|(g, _)| g.clone())
        .collect()
}

/// Characters that neither start nor end a compound: function words,
/// pronouns and numerals.
const NOT_AT_EDGE: &str = "的在是与了把从到向对于被将经由等及或这那该每各也就还已又再才只很最不自往离距此某本全几个位名座所条和都有为着说上下中里零〇一二两三四五六七八九十百千万亿";

/// Times a compound must recur in the story's text.
const COMPOUND_RECURS: usize = 3;

/// Words the headline names and the story repeats that the dictionary
/// cuts in pieces (山|葡萄, 马鞍山|村): two or more of the headline's
/// words, two to five Chinese characters in all, printed in the text at
/// least three times; the longest such run where runs overlap. No run
/// holds a region's name or place, which are words already.
fn compounds(seg: &Segmenter, headline: &str, text: &str, regions: &Regions) -> Vec<String> {
    let mut bounds = vec![0usize];
    // Where a word too common to tell a story apart ends or starts (世界
    // of 世界小米): a run over it would make a common word the story's.
    let mut common: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for w in seg.words(headline) {
        if STOP.contains(&w.text) {
            common.push((at, at + w.text.len()));
        }
        at += w.text.len();
        bounds.push(at);
    }
    let mut found: Vec<(String, usize)> = Vec::new();
    for (i, &a) in bounds.iter().enumerate() {
        for &b in bounds.iter().skip(i + 2) {
            let g = &headline[a..b];
            let n = g.chars().count();
            if n > 5 {
                break;
            }
            let edge = |c: Option<char>| c.is_none_or(|c| NOT_AT_EDGE.contains(c));
            if n < 2
                || !g.chars().all(is_han)
                || edge(g.chars().next())
                || edge(g.chars().next_back())
                || seg.knows(g)
                || common.iter().any(|&(s, e)| s < b && a < e)
                || regions.held_in(g)
            {
                continue;
            }
            let count = text.matches(g).count();
            if count >= COMPOUND_RECURS && !found.iter().any(|(f, _)| f == g) {
                found.push((g.to_string(), count));
            }
        }
    }
    for (g, count) in text_compounds(seg, text, regions) {
        if !found.iter().any(|(f, _)| overlap(f, &g)) {
            found.push((g, count));
        }
    }
    longest_runs(&found)
}

/// Times a word the headline does not give must recur to be a compound.
const TEXT_COMPOUND_RECURS: usize = 5;

/// Words the story prints again and again that the dictionary does not
/// have (休牧, which the segmenter reads as 期休牧 or 休牧 as it goes;
/// 高|海龙): two to four Chinese characters, printed five times or more,
/// at least half of them neither cutting into a word of the dictionary
/// (负极|材料 has no 极材料) nor made of its words already (考古|研究).
/// The most frequent first; a run that overlaps one taken is none (牧期 of
/// 休牧期, beside 休牧).
fn text_compounds(seg: &Segmenter, text: &str, regions: &Regions) -> Vec<(String, usize)> {
    // (start, end, known and of two characters or more)
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut common: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for w in seg.words(text) {
        let end = at + w.text.len();
        words.push((at, end, w.known && w.text.chars().count() >= 2));
        if STOP.contains(&w.text) {
            common.push((at, end));
        }
        at = end;
    }
    let edge = |c: Option<char>| c.is_none_or(|c| NOT_AT_EDGE.contains(c));
    let mut seen: HashSet<&str> = HashSet::new();
    let mut found: Vec<(String, usize)> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for i in 0..chars.len() {
        let a = chars[i].0;
        for n in 2..=4 {
            if i + n > chars.len() {
                break;
            }
            let b = chars.get(i + n).map_or(text.len(), |&(j, _)| j);
            let g = &text[a..b];
            if !seen.insert(g)
                || !g.chars().all(is_han)
                || edge(g.chars().next())
                || edge(g.chars().next_back())
            {
                continue;
            }
            let at: Vec<usize> = text.match_indices(g).map(|(k, _)| k).collect();
            if at.len() < TEXT_COMPOUND_RECURS || seg.knows(g) || regions.held_in(g) {
                continue;
            }
            let whole = at
                .iter()
                .filter(|&&k| {
                    let e = k + g.len();
                    let inside =
                        |p: usize| words.iter().any(|&(s, t, known)| known && s < p && p < t);
                    let pieces: Vec<bool> = words
                        .iter()
                        .filter(|&&(s, t, _)| s < e && k < t)
                        .map(|&(_, _, known)| known)
                        .collect();
                    !inside(k)
                        && !inside(e)
                        && !pieces.iter().all(|&known| known)
                        && !common.iter().any(|&(s, t)| s < e && k < t)
                })
                .count();
            if whole * 2 >= at.len() {
                found.push((g.to_string(), at.len()));
            }
        }
    }
    found.sort_by_key(|(g, c)| (std::cmp::Reverse(*c), std::cmp::Reverse(g.len())));
    let mut out: Vec<(String, usize)> = Vec::new();
    for (g, c) in found {
        let overlaps = out.iter().any(|(h, _)| overlap(h, &g));
        if !overlaps {
            out.push((g, c));
        }
    }
    out
}

/// Whether two runs share characters as printed together: one holds the
/// other, or one ends with what the other starts with (休牧, 牧期).
fn overlap(a: &str, b: &str) -> bool {
    let joins = |x: &str, y: &str| {
        x.char_indices()
            .skip(1)
            .any(|(i, _)| y.starts_with(&x[i..]))
    };
    a.contains(b) || b.contains(a) || joins(a, b) || joins(b, a)
}

/// Whether a sentence names someone only as an example of others (像张利
/// 这样的番茄“土专家”,全旗有40多人): the point is not about them.
fn as_example(sentence: &str, name: &str) -> bool {
    let mut mentions = sentence.match_indices(name).peekable();
    mentions.peek().is_some()
        && mentions.all(|(i, _)| {
            ["像", "如", "比如"]
                .iter()
                .any(|w| sentence[..i].ends_with(w))
                && ["这样", "一样", "那样"]
                    .iter()
                    .any(|w| sentence[i + name.len()..].starts_with(w))
        })
}

/// Of the story's organisations and projects (names that end as they
/// do: 有限公司, 项目), the one `text` names last; the longest where two
/// end there.
fn latest_organisation(places: &[String], text: &str) -> Option<String> {
    places
        .iter()
        .filter(|p| entity::is_body(p))
        .filter_map(|p| text.rfind(p.as_str()).map(|i| (i + p.len(), p.len(), p)))
        .max_by_key(|&(end, len, _)| (end, len))
        .map(|(_, _, p)| p.clone())
}

/// The sentences of `f`'s paragraph before its own, as one text.
fn earlier_in_paragraph(sentences: &[Sentence], f: &DraftFact) -> String {
    sentences
        .iter()
        .filter(|s| s.line == f.line)
        .take_while(|s| s.text != f.sentence)
        .map(|s| s.text.as_str())
        .collect()
}

/// Kinds of thing that 该 points back at (该系统), named before by a name
/// that ends in the kind.
const THING_KINDS: &[&str] = &["系统", "设备", "装置", "技术", "平台", "产品", "软件"];

/// The name of a thing of `kind` that `before` gives (PVS450乘用车安全检查
/// 系统): of the names that end in the kind, one with a model's letters or
/// digits in it, else the last; a name is the run of characters before
/// the kind back to a function word or punctuation, of at least two.
fn thing_named(before: &str, kind: &str) -> Option<String> {
    const STOPS: &str =
        "的在是与了把从到向对于被将等及或这那该每各也就还已又再才只很最不和为其它一种个";
    let names: Vec<String> = before
        .match_indices(kind)
        .filter_map(|(at, _)| {
            let head: String = before[..at]
                .chars()
                .rev()
                .take_while(|&c| c.is_ascii_alphanumeric() || is_han(c) && !STOPS.contains(c))
                .take(16)
                .collect::<Vec<char>>()
                .into_iter()
                .rev()
                .collect();
            (head.chars().count() >= 2).then(|| format!("{head}{kind}"))
        })
        .collect();
    names
        .iter()
        .rev()
        .find(|n| n.chars().any(|c| c.is_ascii_alphanumeric()))
        .or(names.last())
        .cloned()
}

/// Words that point back at the organisation named last (该校, 这家公司),
/// which an answer standing alone replaces with its name.
const FIRM_POINTERS: &[&str] = &[
    "该企业",
    "该公司",
    "这家公司",
    "这家企业",
    "该校",
    "该院",
    "该馆",
];

/// Kinds a name is said without (盛世华府小区 as 盛世华府). (Not a firm's:
/// its short name, 华兴实业, is the story's to print, and points that do
/// print it answer.)
const KIND_DROPPED: &[&str] = &["小区"];

/// The word readers ask by for the day something starts from (…起).
const START: &str = "开始";

/// What a name with a number in it names: a variety when the sentence
/// plants it (测产田种的是中科发5号), else a name.
fn numbered_label(sentence: &str, name: &str) -> &'static str {
    let before = sentence.find(name).map_or(sentence, |i| &sentence[..i]);
    if before.contains('种') {
        "品种"
    } else {
        "名称"
    }
}

/// The label of an age (54岁).
const AGE: &str = "年龄";

/// Words for a person and their family (这门生意成了夫妻俩的主要收入来源):
/// the person named last is who they are.
const HOUSEHOLD: &[&str] = &["夫妻俩", "夫妻二人", "老两口", "小两口", "两口子", "夫妇俩"];

/// Kinds of organisation that someone runs or joins, asked of by kind
/// (娜仁其木格的合作社叫什么): a point naming one in full is asked by its
/// kind too. Not parks and projects (产业园, 项目), of which a story names
/// several in passing.
const OWNED: &[&str] = &["合作社", "公司", "基地", "农场", "牧场", "酒庄", "庄园"];

/// Whether a sentence speaks of one person by pronoun: 他 or 她, not 他们
/// or 其他; or as 这位 (这位…58岁的牧民说); or of their household (夫妻俩).
fn refers_to_person(text: &str) -> bool {
    HOUSEHOLD.iter().any(|w| text.contains(w))
        || text.contains("这位")
        || ['他', '她'].iter().any(|p| {
            text.match_indices(*p).any(|(i, _)| {
                !text[i + p.len_utf8()..].starts_with(['们', '人', '乡', '国'])
                    && !text[..i].ends_with(['其', '吉'])
            })
        })
}

/// The person each sentence is about: the one it names last, else the one
/// named last before it if it says 他 or 她 of them, else, inside one
/// paragraph, the person of the sentence before.
fn subjects(names: &[String], sentences: &[Sentence]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        // 像张利这样的番茄“土专家”: about others like them.
        if names.iter().any(|n| as_example(&s.text, n)) {
            out.push(None);
            continue;
        }
        let own = latest_named(names, std::slice::from_ref(s));
        let person = own.or_else(|| {
            if refers_to_person(&s.text) {
                latest_named(names, &sentences[..i])
            } else if i > 0 && sentences[i - 1].line == s.line {
                out[i - 1].clone()
            } else {
                None
            }
        });
        out.push(person);
    }
    // “…一分钱没出就领到了…10头香猪，当年就卖了17000多元。”说起脱贫，…贫困户
    // 白扎木苏兴奋不已: a quotation that opens a paragraph naming no one is
    // of the person the sentence right after it names.
    let mut i = 0;
    while i < sentences.len() {
        let line = sentences[i].line;
        let opens = (i == 0 || sentences[i - 1].line != line)
            && sentences[i].text.starts_with('“')
            && out[i].is_none();
        if !opens {
            i += 1;
            continue;
        }
        // The sentences the quotation runs over, to its closing mark in
        // the paragraph.
        let mut open = 0usize;
        let close = (i..sentences.len())
            .take_while(|&k| sentences[k].line == line)
            .find(|&k| {
                let t = &sentences[k].text;
                open = (open + t.matches('“').count()).saturating_sub(t.matches('”').count());
                open == 0
            });
        let Some(end) = close else {
            i += 1;
            continue;
        };
        let speaker = sentences
            .get(end + 1)
            .filter(|s| s.line == line && !s.text.starts_with('“'))
            .and_then(|s| latest_named(names, std::slice::from_ref(s)));
        if let Some(p) = speaker
            && out[i..=end].iter().all(Option::is_none)
        {
            out[i..=end].fill(Some(p));
        }
        i = end + 1;
    }
    out
}

/// Of the people `named` in a sentence, the one named right after its
/// age (37岁的钢额尔德尼…为毕德日雅的姐姐拉货: 钢额尔德尼). Not a word for
/// who someone is, right before another's name (司机毕德日雅).
fn aged<'a>(sentence: &str, named: &'a [String]) -> Option<&'a String> {
    let at = sentence.find('岁')?;
    let titles = |n: &String| {
        named
            .iter()
            .any(|m| m != n && sentence.contains(&format!("{n}{m}")))
    };
    named
        .iter()
        .filter(|n| !titles(n))
        .filter_map(|n| sentence[at..].find(n.as_str()).map(|i| (i, n)))
        .min_by_key(|&(i, _)| i)
        .map(|(_, n)| n)
}

/// Of `names`, the one the sentences name last.
fn latest_named(names: &[String], sentences: &[Sentence]) -> Option<String> {
    sentences.iter().rev().find_map(|s| {
        names
            .iter()
            .filter_map(|n| s.text.rfind(n.as_str()).map(|i| (i, n)))
            .max_by_key(|(i, _)| *i)
            .map(|(_, n)| n.clone())
    })
}

/// Whether a sentence speaks of what the sentence before it named: it
/// opens with a pronoun, says 这里, opens at that time, or names that kind.
fn refers_back(text: &str) -> bool {
    // (其中 opens the parts of a whole the sentence before gave: 其中，新建
    // 项目58个. A question about the whole is the sentence before's.)
    ["它", "其", "该", "这", "此", "他", "她"]
        .iter()
        .any(|p| text.starts_with(p))
        && !text.starts_with("其中")
        || text.contains("这里")
        // 当时馆里只有馆长和一名工作人员: at the time the sentence before
        // named (2019年开馆).
        || ["当时", "那时", "此后", "随后"].iter().any(|p| text.starts_with(p))
        // 目前项目正在进行主体厂房建设…预计10月可竣工: the project, with
        // no name, is the one named before.
        || ["目前", "现在", "如今", "当前"].iter().any(|t| {
            text.strip_prefix(t)
                .map(|r| r.trim_start_matches(['，', ',']))
                .is_some_and(|r| r.starts_with("项目") || r.starts_with("工程"))
        })
        // …1500余名学生参加过这类课程: the kind of thing it named.
        || ["这类", "这些", "这项", "这种", "此类"].iter().any(|p| text.contains(p))
        // 累计进出口货物1637万吨。比“十五”期间增长326%: a change with no
        // subject is the change of what the sentence before counted.
        || ["比", "同比", "环比", "较"].iter().any(|p| text.starts_with(p))
            && !["比如", "比赛", "比例", "比重", "比较", "较为", "较大", "较好", "较高"]
                .iter()
                .any(|p| text.starts_with(p))
}

/// The terms a sentence puts in quotes (“爬地龙”), of two to twelve
/// Chinese characters.
fn quoted(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Single quotes stand inside a quotation (吃上了‘旅游饭’).
    let pieces = text
        .split('“')
        .skip(1)
        .filter_map(|p| p.split_once('”'))
        .chain(text.split('‘').skip(1).filter_map(|p| p.split_once('’')));
    for (term, _) in pieces {
        if (2..=12).contains(&term.chars().count())
            && term.chars().all(is_han)
            && !out.iter().any(|o: &String| o == term)
        {
            out.push(term.to_string());
        }
    }
    out
}

/// The short names `text` quotes (“北博会”) with the long name each stands
/// for where the text prints it: a run of Chinese characters that opens
/// with the short name's first character, closes with its last and holds
/// the others in order (北方科技博览会), at most three times as long.
fn abbreviations(text: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for short in quoted(text) {
        let s: Vec<char> = short.chars().collect();
        if !(3..=4).contains(&s.len()) {
            continue;
        }
        let longest = 3 * s.len();
        let found = (0..chars.len())
            .filter(|&i| chars[i] == s[0])
            .find_map(|i| {
                let mut want = 1;
                for (j, &c) in chars[i + 1..].iter().take(longest - 1).enumerate() {
                    if !is_han(c) {
                        return None;
                    }
                    if c == s[want] {
                        want += 1;
                        if want == s.len() {
                            let long: String = chars[i..i + j + 2].iter().collect();
                            return (long.chars().count() >= s.len() + 2).then_some(long);
                        }
                    }
                }
                None
            });
        if let Some(long) = found {
            out.push((short, long));
        }
    }
    out
}

/// Of the story's places that end in `end` (合作社) and are longer than it,
/// the one `text` names last, else the one `sentence` names.
fn latest_place(places: &[String], text: &str, sentence: &str, end: &str) -> Option<String> {
    places
        .iter()
        .filter(|p| p.ends_with(end) && p.len() > end.len())
        .filter_map(|p| {
            text.rfind(p.as_str())
                .map(|i| (1usize, i))
                .or_else(|| sentence.find(p.as_str()).map(|i| (0, i)))
                .map(|k| (k, p))
        })
        .max_by_key(|(k, _)| *k)
        .map(|(_, p)| p.clone())
}

fn keyword_ok(w: &str) -> bool {
    let n = w.chars().count();
    // Pieces of figures (1m, 5800MJ) are no words; whole figures are added
    // as keywords apart.
    let figure_piece = w.starts_with(|c: char| c.is_ascii_digit());
    !figure_piece
        && (2..=12).contains(&n)
        && w.chars().any(|c| is_han(c) || c.is_ascii_alphabetic())
        && w.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        && !STOP.contains(&w)
        && !normalize(w).is_empty()
}

/// Words a sentence may open with for the body its paragraph named
/// before (项目估算投资…, 园区按功能分为…).
const BARE_BODIES: &[&str] = &["项目", "工程", "园区"];

/// Clause ends inside a sentence: where it may be cut into points.
const CLAUSE_CUTS: &[char] = &['，', ',', '；', ';'];

/// Words that only place a figure in time (今年截至11月15日, 2023年上半年).
const TIME_WORDS: &[&str] = &[
    "今年",
    "去年",
    "前年",
    "当年",
    "截至",
    "截止",
    "到",
    "上午",
    "下午",
    "晚上",
    "当天",
    "以来",
    "上半年",
    "下半年",
    "前",
    "后",
    "底",
    "初",
    "末",
    "起",
    "至今",
    "目前",
    // 当地时间2024年7月26日,在印度新德里…: the date of a foreign place.
    "当地时间",
    "北京时间",
];

/// How many Chinese characters of `clause` are neither its figures nor
/// words of time: what it says besides when.
fn said_besides_time(clause: &str, figures: &[&Figure]) -> usize {
    let mut rest = clause.to_string();
    for f in figures {
        rest = rest.replacen(f.value.as_str(), "", 1);
    }
    for w in TIME_WORDS {
        rest = rest.replace(w, "");
    }
    rest.chars().filter(|c| is_han(*c)).count()
}

/// Where the last sentence of a quote that `before` opens and leaves open
/// starts (郑志强说:“|2018年…; “过去种大田,啥也不长。|2017年…), else 0.
fn quote_opened(before: &str) -> usize {
    let mut open = None;
    for (i, c) in before.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => open = None,
            '。' | '！' | '？' if open.is_some() => open = Some(i + c.len_utf8()),
            _ => {}
        }
    }
    open.unwrap_or(0)
}

/// Whether a date or year opens a clause that says nothing else
/// (2023年,全旗51个嘎查…; 今年截至11月15日,口岸已接待…): it dates the
/// sentence's counts, which are its point.
fn dates_the_counts(sentence: &str, figures: &[Figure]) -> bool {
    let first = &figures[0];
    let clause_end = sentence[first.end..]
        .find(CLAUSE_CUTS)
        .map_or(sentence.len(), |i| first.end + i);
    let in_clause: Vec<&Figure> = figures.iter().filter(|f| f.end <= clause_end).collect();
    matches!(first.kind, FigureKind::Date | FigureKind::Year)
        && in_clause
            .iter()
            .all(|f| matches!(f.kind, FigureKind::Date | FigureKind::Year))
        && said_besides_time(&sentence[..clause_end], &in_clause) <= 1
        && figures.iter().any(counts)
}

/// Whether `f` counts something: a count or a change, not a rank (第46届
/// names which session, it counts nothing).
fn counts(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Count | FigureKind::Change) && !f.value.starts_with('第')
}

/// Least a dated first clause says besides its date to be a point of its own.
const DATED_CLAUSE: usize = 4;

/// The facts of a sentence with figures. One that first tells when
/// something happened and then counts (2019年6月,芒来嘎查成立合作社,把27.8万
/// 亩草场整合到一起,设了12个放牧点) makes two points: when, from its first
/// clause, and how much, from the whole sentence with its counts. Asked
/// 什么时候成立 or 设了几个放牧点, each is the answer.
fn figure_facts(
    s: &Sentence,
    figures: &[Figure],
    people: &[(Person, usize)],
    seg: &Segmenter,
    keep: &dyn Fn(&str) -> bool,
) -> Vec<DraftFact> {
    let dated = |f: &Figure| matches!(f.kind, FigureKind::Date | FigureKind::Year);
    // 郑志强说:“2018年,赛音不浪村立足资源优势,…”: a quote that opens
    // before the date holds what happened; its speaker is no event.
    let from = quote_opened(&s.text[..figures[0].start]);
    // 一串闪光的数字，见证了…的轨迹：2012年，阿荣旗完成…: what a colon
    // leads into is the sentence's telling, the words before it no event.
    let from = s.text[from..figures[0].start]
        .rfind(['：', ':'])
        .map_or(from, |i| {
            from + i + s.text[from + i..].chars().next().map_or(1, char::len_utf8)
        });
    // (记者当日从中山西路街道办事处了解到，从11月8~11日，…共计增设休闲座椅
    // 36张: what the reporter learned is the telling, the words before it
    // say no event of the date.)
    let told = ["了解到", "获悉", "得知"]
        .iter()
        .filter_map(|w| {
            s.text[from..figures[0].start]
                .rfind(w)
                .map(|i| from + i + w.len())
        })
        .max()
        .unwrap_or(from);
    // The dated part runs to the first clause end where it has said what
    // happened (2019年6月, | 芒来嘎查成立合作社, |), holding dates only.
    let cut = s.text[figures[0].end..]
        .match_indices(CLAUSE_CUTS)
        .map(|(i, _)| figures[0].end + i)
        .find(|&cut| {
            let head: Vec<&Figure> = figures.iter().filter(|f| f.end <= cut).collect();
            !head.iter().all(|f| dated(f))
                || said_besides_time(&s.text[told..cut], &head) >= DATED_CLAUSE
        });
    if dated(&figures[0])
        && let Some(cut) = cut
    {
        let (head, tail): (Vec<Figure>, Vec<Figure>) =
            figures.iter().cloned().partition(|f| f.end <= cut);
        // 2022年,麻黄洼村作为示范村,…: a clause of 作为 (as …) says no
        // event of its own.
        let stated = !s.text[from..cut].contains("作为");
        if stated && head.iter().all(dated) && tail.iter().any(|f| !dated(f)) {
            let part = Sentence {
                text: s.text[from..cut].to_string(),
                line: s.line,
            };
            // The head's figures, where they are in the part.
            let head: Vec<Figure> = head
                .into_iter()
                .map(|f| Figure {
                    start: f.start - from,
                    end: f.end - from,
                    ..f
                })
                .collect();
            let mut when = figure_fact(&part, &head, people, seg, keep);
            // 芒来嘎查成立合作社: what happened is what readers ask the
            // date of (什么时候成立).
            for w in seg.words(&part.text) {
                let word = w.text.to_string();
                if w.tag.starts_with('v')
                    && word.chars().count() >= 2
                    && keep(&word)
                    && !when.keywords.contains(&word)
                {
                    when.keywords.push(word);
                }
            }
            // 2024年4月1日口岸恢复开关后: alone, the clause tells of the event.
            let clause = sentence::clean(&part.text);
            let event = ["之后", "以后", "后"]
                .iter()
                .find_map(|w| clause.strip_suffix(w))
                .unwrap_or(&clause);
            when.answer = short(&format!("{event}。"), FACT_ANSWER);
            when.sentence = s.text.clone();
            let mut how_much = figure_fact(s, &tail, people, seg, keep);
            // The first clause names whom the counts are of (“养驼达人”马军
            // 2019年开始养骆驼,驼群从…增加到现在的300峰): asked by it too.
            // Its date is the counts' date too (2023年…出口…共3.2吉瓦时):
            // asked 2023年出口了多少, the counts answer.
            for w in &when.keywords {
                if !how_much.keywords.contains(w) {
                    how_much.keywords.push(w.clone());
                }
            }
            return vec![when, how_much];
        }
    }
    vec![figure_fact(s, figures, people, seg, keep)]
}

/// The one point of a story whose sentences make none: the headline's
/// figures if it has any (东明村黑小麦订单卖出120万元), else the headline
/// as the point and the lead as its answer.
fn headline_fact(
    story: &page::Story,
    lead: &str,
    seg: &Segmenter,
    keep: &dyn Fn(&str) -> bool,
) -> DraftFact {
    let headline = Sentence {
        text: story.headline.clone(),
        line: story.headline_line,
    };
    let figures = figure::find(&headline.text);
    if !figures.is_empty()
        && let Some(f) = figure_facts(&headline, &figures, &[], seg, keep)
            .into_iter()
            .find(|f| !f.label.is_empty())
    {
        return f;
    }
    let mut keywords: Vec<String> = seg
        .keywords(&headline.text, FACT_KEYWORDS)
        .into_iter()
        .filter(|w| keep(w))
        .collect();
    // (With no keyword, the headline's first words, as printed.)
    if keywords.is_empty() {
        keywords.push(
            headline
                .text
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .take(8)
                .collect(),
        );
    }
    text_point(&headline, keywords, lead)
}

/// The words of a sentence besides its figures, up to 8 characters (立春,
/// of 2月3日，立春。): empty when it says nothing else.
fn besides_figures(sentence: &str, figures: &[Figure]) -> String {
    let mut words = String::new();
    let mut at = 0;
    for f in figures {
        if f.start >= at {
            words.push_str(&sentence[at..f.start]);
            at = f.end;
        }
    }
    words.push_str(&sentence[at..]);
    words
        .chars()
        .filter(|&c| c.is_alphanumeric())
        .take(8)
        .collect()
}

/// A fact for a sentence with figures.
fn figure_fact(
    s: &Sentence,
    figures: &[Figure],
    people: &[(Person, usize)],
    seg: &Segmenter,
    keep: &dyn Fn(&str) -> bool,
) -> DraftFact {
    // The point of the sentence is its first count, else its first figure
    // that is no rank (第十届…9月2日 tells when), else its rank.
    let main = figures
        .iter()
        .find(|f| counts(f))
        .or_else(|| figures.iter().find(|f| !f.value.starts_with('第')))
        .unwrap_or(&figures[0]);
    let label = match label(&s.text, main, seg) {
        l if l != main.value && l.chars().count() >= 2 => l,
        // A clause that is only a date (8月5日上午): the sentence's own words;
        // a sentence of a date and a word (2月3日，立春。), that word.
        _ => match seg.keywords(&s.text, 2).concat() {
            k if k.is_empty() => besides_figures(&s.text, figures),
            k => k,
        },
    };
    let mut seen = HashSet::new();
    let mut values: Vec<(String, String)> = figures
        .iter()
        .filter(|f| seen.insert(f.value.clone()))
        .map(|f| (figure_label(&s.text, f, seg), f.value.clone()))
        .collect();
    // 科左中旗、开鲁县、科尔沁区、奈曼旗4个旗县: the names a count stands
    // for, as printed, answer 哪几个.
    values.extend(
        enumerations(&s.text)
            .into_iter()
            .map(|l| ("名单".to_string(), l)),
    );
    // A sentence that opens with its date (2022年7月16日,口岸在全国率先…)
    // answers 什么时候; one that opens with a count answers 多少.
    let lead = figures
        .iter()
        .find(|f| !f.value.starts_with('第'))
        .unwrap_or(&figures[0]);
    let kind = match lead.kind {
        FigureKind::Count | FigureKind::Change => FactKind::Number,
        _ if dates_the_counts(&s.text, figures) => FactKind::Number,
        FigureKind::Date | FigureKind::Year => FactKind::Year,
    };
    let ask = match (kind, main.kind) {
        (FactKind::Number, FigureKind::Change) => "有什么变化？".to_string(),
        (FactKind::Number, _) if main.value.ends_with('元') => "是多少钱？".to_string(),
        (FactKind::Number, _) => "是多少？".to_string(),
        (_, FigureKind::Date) => "是什么时候？".to_string(),
        _ => "是哪一年？".to_string(),
    };
    // A button asks of a thing: a label that ends in no noun (西南, 嘎查现,
    // GPS把整整) gives way to the sentence's telling words.
    // 去年冬天家里就备下了60多吨青干草: asked as a reader would, with the
    // figure's place taken by 多少 and its unit (备下了多少吨青干草？).
    let natural = match (kind, main.kind) {
        // 库布其是中国第七大沙漠: asked as 库布其是中国第几大沙漠？
        (FactKind::Number, FigureKind::Count) if main.value.starts_with('第') => {
            rank_question(&s.text, main)
        }
        (FactKind::Number, FigureKind::Count) => count_question(&s.text, main, seg),
        (FactKind::Year, FigureKind::Date | FigureKind::Year) => {
            event_question(&s.text, &figures[0], seg).map(|e| format!("{e}{ask}"))
        }
        _ => None,
    };
    let subject = if ends_in_noun(seg, &label) {
        label.clone()
    } else {
        let words: Vec<String> = seg
            .keywords(&s.text, FACT_KEYWORDS)
            .into_iter()
            .filter(|w| keep(w) && ends_in_noun(seg, w))
            .take(2)
            .collect();
        if words.is_empty() {
            label.clone()
        } else {
            words.concat()
        }
    };
    let mut keywords: Vec<String> = Vec::new();
    let mut add = |w: String| {
        if !keywords.contains(&w) {
            keywords.push(w);
        }
    };
    for w in seg.keywords(&s.text, FACT_KEYWORDS) {
        if keep(&w) {
            add(w);
        }
    }
    // The words that name a figure in its clause (年均发电41亿千瓦时,
    // 2014年首届会议召开) are the words readers ask for it by.
    for f in figures {
        for w in figure_words(&s.text, f, seg) {
            if keep(&w) {
                add(w);
            }
        }
    }
    for f in figures {
        if let Some(w) = rate_word(&f.value) {
            add(w.to_string());
        }
        // 每亩600、700斤, 南瓜一亩地是2300到2400斤: a weight per 亩 said
        // before it in its clause is a yield too.
        let clause = &s.text[clause_start(&s.text, f.start)..f.start];
        if ["每亩", "一亩", "亩均"].iter().any(|w| clause.contains(w))
            && ["斤", "公斤", "千克", "吨"]
                .iter()
                .any(|u| f.value.trim_end_matches("左右").ends_with(u))
        {
            add("亩产".to_string());
        }
        // 从9月20日起, 4月1日起: the day something starts, asked 从哪天开始.
        if matches!(f.kind, FigureKind::Date | FigureKind::Year)
            && s.text[f.end..].starts_with('起')
            && !s.text[f.end..].starts_with("起来")
        {
            add(START.to_string());
        }
    }
    for (p, _) in people
        .iter()
        .filter(|(p, _)| s.text.contains(p.name.as_str()))
    {
        add(p.name.clone());
    }
    // (第十届 of 第十届世界小米起源与发展会议 is part of the event's name,
    // which the story is about: no word of one point.)
    let edition = |f: &&Figure| f.value.starts_with('第') && f.value.ends_with('届');
    for f in figures
        .iter()
        .filter(|f| f.kind != FigureKind::Change && !edition(f))
    {
        // Years and dates as well as counts: 1989年刚开的时候 names its point.
        // (1—4月, a span of months from January, dates the point's counts
        // as 今年 would: no word of its own.)
        let from_january = f.kind == FigureKind::Date
            && f.value.starts_with("1")
            && f.value[1..].starts_with(['—', '-', '~', '～', '至', '－']);
        if f.value.chars().count() >= 3
            && f.value.chars().any(|c| !c.is_ascii_digit())
            && !from_january
        {
            add(f.value.clone());
        }
        if let Some(arabic) = arabic(&f.value) {
            add(arabic);
        }
    }
    if keywords.is_empty() {
        keywords.push(label.clone());
    }
    DraftFact {
        id: String::new(),
        question: natural.unwrap_or_else(|| format!("{subject}{ask}")),
        label,
        keywords,
        answer: short(&sentence::clean(&s.text), FACT_ANSWER),
        figures: values,
        kind,
        line: s.line,
        sentence: s.text.clone(),
    }
}

/// The longest event a date's question names, in characters.
const EVENT: usize = 18;

/// What happened on a date, in the words of its clause without the date
/// (2016年,村委会组织村民打井发展水浇地 → 村委会组织村民打井发展水浇地), or
/// of the next clause when the date's own says nothing else (从2018年开始,);
/// cut at a word to at most eighteen characters. None when neither says
/// anything.
fn event_question(sentence: &str, date: &Figure, seg: &Segmenter) -> Option<String> {
    let clause_start = clause_start(sentence, date.start);
    let clause_end = |from: usize| {
        sentence[from..]
            .find(CLAUSE_ENDS)
            .map_or(sentence.len(), |i| from + i)
    };
    let own_end = clause_end(date.end);
    // 在11月30日全部完工, 从2018年起实施: the words that tie the date in go
    // with it.
    let mut before = &sentence[clause_start..date.start];
    for w in ["截至", "从", "在", "于", "到"] {
        before = before.strip_suffix(w).unwrap_or(before);
    }
    let mut after = &sentence[date.end..own_end];
    for w in ["以来", "开始", "起", "前", "后"] {
        after = after.strip_prefix(w).unwrap_or(after);
    }
    let own = format!("{before}{after}");
    let said = |text: &str| {
        let mut rest = text.to_string();
        for w in TIME_WORDS.iter().chain(&["从", "开始", "在", "于"]) {
            rest = rest.replace(w, "");
        }
        rest.chars().filter(|c| is_han(*c)).count()
    };
    let text = if said(&own) >= 4 {
        own
    } else {
        let next = (own_end + sentence[own_end..].chars().next()?.len_utf8()).min(sentence.len());
        sentence[next..clause_end(next)].to_string()
    };
    let words = seg.words(&text);
    let skip = words
        .iter()
        .take_while(|w| EDGE.contains(&w.tag) || TIME_WORDS.contains(&w.text))
        .count();
    let mut out = String::new();
    for w in &words[skip..] {
        if out.chars().count() + w.text.chars().count() > EVENT {
            break;
        }
        out.push_str(w.text);
    }
    let out = out.trim_end_matches(['的', '了', '，', ',']).to_string();
    (out.chars().filter(|c| is_han(*c)).count() >= 4).then_some(out)
}

/// What a count is counted in: 亩 of 2.2亿亩, 斤 of 10斤左右, 人 of
/// 三四万人; none for a rate, a share or a Latin unit (1.125元/亩, 90%, kg).
fn measure_word(value: &str) -> Option<&str> {
    if value.contains('/') || value.starts_with('由') {
        return None;
    }
    let mut v = value;
    for end in ["左右", "以上", "以下", "多"] {
        v = v.strip_suffix(end).unwrap_or(v);
    }
    let numeral = |c: char| {
        c.is_ascii_digit()
            || ".-—~～至到".contains(c)
            || "零〇一二两三四五六七八九十百千万亿多余".contains(c)
    };
    let last = v.char_indices().rev().find(|&(_, c)| numeral(c))?.0;
    let unit = &v[last + v[last..].chars().next().map_or(1, char::len_utf8)..];
    let unit = unit.trim_start_matches(['万', '亿', '多', '余']);
    let n = unit.chars().count();
    ((1..=3).contains(&n) && unit.chars().all(is_han)).then_some(unit)
}

/// The most words before a figure a question keeps, in characters.
const QUESTION_HEAD: usize = 14;

/// A rank's question in the words of its clause, the rank's number taken
/// by 几 (库布其是中国第七大沙漠 → 库布其是中国第几大沙漠？). None when the
/// clause is long.
fn rank_question(sentence: &str, f: &Figure) -> Option<String> {
    let start = clause_start(sentence, f.start);
    let end = sentence[f.end..]
        .find(CLAUSE_ENDS)
        .map_or(sentence.len(), |i| f.end + i);
    let unit: String = f
        .value
        .chars()
        .skip(1)
        .skip_while(|c| c.is_ascii_digit() || "零〇一二两三四五六七八九十百千万".contains(*c))
        .collect();
    let clause = format!(
        "{}第几{unit}{}",
        &sentence[start..f.start],
        &sentence[f.end..end]
    );
    let clause = sentence::clean(&clause);
    (clause.chars().count() <= RANK_QUESTION).then(|| format!("{clause}？"))
}

/// Longest question a rank is asked by, in characters.
const RANK_QUESTION: usize = 24;

/// A count's question in the words of its clause: what comes before the
/// figure, 多少 and its unit, and the thing counted right after it
/// (家里有12000多亩草场 → 家里有多少亩草场？). None when the clause has too
/// few words before the figure to ask by.
fn count_question(sentence: &str, f: &Figure, seg: &Segmenter) -> Option<String> {
    let unit = measure_word(&f.value)?;
    // 第十届: an ordinal counts nothing.
    if sentence[..f.start].ends_with('第') {
        return None;
    }
    // Without the unit: a point's question that says 多少亩 takes the
    // unit from the questions asked of it, which the judge weighs.
    let asked = if unit.ends_with('元') {
        "多少钱"
    } else {
        "多少"
    };
    let clause_start = clause_start(sentence, f.start);
    // 科左中旗、开鲁县、…奈曼旗4个旗县: the last of a list is not what
    // counts; after a list closed by 等 (黑龙江、吉林、内蒙古通辽等地引进了
    // 1万多吨), the clause asks from there (引进了多少天然牧草).
    let mut clause_start = clause_start;
    if sentence[..clause_start].ends_with('、') {
        let closed = sentence[clause_start..f.start].find('等')?;
        clause_start += closed + '等'.len_utf8();
        if sentence[clause_start..f.start].starts_with('地') {
            clause_start += '地'.len_utf8();
        }
    }
    let words = seg.words(&sentence[clause_start..f.start]);
    let kept = last_words(&words, QUESTION_HEAD);
    // 其中有, 像这棵: words that lead into the clause ask nothing.
    let skip = kept
        .iter()
        .take_while(|w| {
            EDGE.contains(&w.tag) || w.tag.starts_with('v') && w.text.chars().count() == 1
        })
        .count();
    let kept = &kept[skip..];
    let before: String = kept.iter().map(|w| w.text).collect();
    // 是红泥井村的两大特色种植业 → 红泥井村有多少特色种植业.
    let before = before.strip_suffix('的').unwrap_or(&before).to_string();
    if before.chars().count() < 2 || !before.chars().any(is_han) {
        return None;
    }
    let after = counted_after(sentence, f, seg);
    let verb = kept.iter().any(|w| w.tag.starts_with('v'));
    let link = if !verb && !after.is_empty() {
        "有"
    } else {
        ""
    };
    Some(format!("{before}{link}{asked}{after}？"))
}

/// The thing a count counts when it follows the figure at once (2.2亿亩
/// 草原, 50多头西门塔尔牛): nouns and the words that qualify them, up to
/// the first other word; empty when none follows.
fn counted_after(sentence: &str, f: &Figure, seg: &Segmenter) -> String {
    // 第十届世界小米起源与发展会议: an ordinal counts nothing.
    if sentence[..f.start].ends_with('第') {
        return String::new();
    }
    let clause_end = sentence[f.end..]
        .find(CLAUSE_ENDS)
        .map_or(sentence.len(), |i| f.end + i);
    let mut out = String::new();
    let mut last_noun = 0;
    for w in seg.words(&sentence[f.end..clause_end]) {
        // Not a verbal noun (3.5亿元建设度假酒店: 建设 is what is done).
        let noun = w.tag != "vn" && NOUN_TAGS.contains(&w.tag) || w.tag == "ns" || w.tag == "nr";
        let qualifier = ["a", "b"].contains(&w.tag);
        if !(noun || qualifier) || !w.text.chars().all(is_han) {
            break;
        }
        if out.chars().count() + w.text.chars().count() > 8 {
            break;
        }
        out.push_str(w.text);
        if noun {
            last_noun = out.len();
        }
    }
    out.truncate(last_noun);
    out
}

/// Whether `text` ends in a noun, as the segmenter reads it.
fn ends_in_noun(seg: &Segmenter, text: &str) -> bool {
    seg.words(text).last().is_some_and(|w| {
        [
            "n", "nr", "nrt", "ns", "nt", "nz", "nrfg", "vn", "j", "l", "eng", "an",
        ]
        .contains(&w.tag)
    })
}

/// Words of a figure's clause within a few characters of it, before and
/// after, that are no function words.
fn figure_words(sentence: &str, f: &Figure, seg: &Segmenter) -> Vec<String> {
    let clause_start = clause_start(sentence, f.start);
    let clause_end = sentence[f.end..]
        .find(CLAUSE_ENDS)
        .map_or(sentence.len(), |i| f.end + i);
    let content = |w: &super::segment::Word| {
        !EDGE.contains(&w.tag) && w.text.chars().count() >= 2 && w.text.chars().all(is_han)
    };
    let before = seg.words(&sentence[clause_start..f.start]);
    let after = seg.words(&sentence[f.end..clause_end]);
    let mut out: Vec<String> = Vec::new();
    for w in before.iter().rev().take(2).chain(after.iter().take(2)) {
        if content(w) && !out.iter().any(|o| o == w.text) {
            out.push(w.text.to_string());
        }
    }
    // (每天就睡三四个小时, 近1个小时: asked 几个小时, as when the figure
    // stopped at 个 and 小时 was the word after it.)
    if f.value.contains('个') && f.value.ends_with("小时") && !out.iter().any(|o| o == "小时")
    {
        out.push("小时".to_string());
    }
    // A count that closes a list (出土陶器、玉器、骨器等文物300余件) is
    // asked by the verb that opens the list (出土了多少件).
    if sentence[..clause_start].ends_with('、') {
        let list_start = sentence[..clause_start]
            .rfind(|c: char| c != '、' && CLAUSE_ENDS.contains(&c))
            .map_or(0, |i| {
                i + sentence[i..].chars().next().map_or(1, char::len_utf8)
            });
        let verb = seg
            .words(&sentence[list_start..clause_start])
            .into_iter()
            .find(|w| w.tag == "v" && w.text.chars().count() >= 2 && w.text.chars().all(is_han));
        if let Some(v) = verb
            && !out.iter().any(|o| o == v.text)
        {
            out.push(v.text.to_string());
        }
    }
    out
}

/// The word readers ask a rate by, when the rate has one: a weight per
/// 亩 (1439.40公斤/亩, 800斤/亩) is a yield, asked as 亩产; money per 亩
/// (a subsidy, a rent) is asked 每亩.
fn rate_word(value: &str) -> Option<&'static str> {
    let (counted, per) = value.split_once('/')?;
    let weight = ["斤", "公斤", "千克", "吨"]
        .iter()
        .any(|u| counted.ends_with(u));
    // 1.125元/亩: money per 亩 is asked 每亩多少钱.
    match (per.starts_with('亩'), weight, counted.ends_with('元')) {
        (true, true, _) => Some("亩产"),
        (true, _, true) => Some("每亩"),
        _ => None,
    }
}

/// Runs of names joined by 、 (科左中旗、开鲁县、科尔沁区、奈曼旗), as
/// printed: three names or more, each of two to eight Chinese characters,
/// no figure among them.
fn enumerations(sentence: &str) -> Vec<String> {
    static RUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\p{Han}{2,8}(?:、\p{Han}{2,8}){2,}").expect("enumeration pattern")
    });
    RUN.find_iter(sentence)
        .map(|m| m.as_str().to_string())
        .filter(|run| {
            // Names, not a list of actions (播种、管理和收割): each ends as
            // places and organisations end.
            run.split('、')
                .all(|n| n.ends_with(|c: char| "旗县区市盟镇乡村社站园馆所校院司厂场".contains(c)))
        })
        .collect()
}

/// Shortest sentence that makes a fact of its own without a figure.
const TEXT_FACT: usize = 15;

/// The shortest sentence that makes a point by saying what a thing is.
const DEFINITION: usize = 10;

/// Words a sentence opens with for the day last named (当日开通运营的…).
const SAME_DAY: &[&str] = &["当日", "当天", "同日", "当晚"];

/// A fact for a sentence without figures (板下的沙土里,苜蓿和甘草正冒出新芽):
/// what it says can be asked too. Its "figure" is its most telling word,
/// printed on the page like any figure.
fn text_fact(s: &Sentence, seg: &Segmenter, keep: &dyn Fn(&str) -> bool) -> Option<DraftFact> {
    let n = s.text.chars().count();
    // 抓羊大赛是开幕式的热场活动。: a short sentence that says what a
    // thing is makes a point; others that short say too little.
    let defines = || {
        s.text
            .find('是')
            .is_some_and(|i| i > 0 && !s.text.starts_with(['这', '那', '他', '她', '它']))
    };
    if n < TEXT_FACT && !(n >= DEFINITION && defines()) {
        return None;
    }
    let mut keywords: Vec<String> = seg
        .keywords(&s.text, FACT_KEYWORDS)
        .into_iter()
        .filter(|w| keep(w))
        .collect();
    // (“阿拉善”在蒙古语里意为“五彩斑斓之地”: the terms it quotes are what
    // it tells of.)
    for w in quoted(&s.text) {
        if keep(&w) && !keywords.contains(&w) {
            keywords.push(w);
        }
    }
    if keywords.len() < 2 {
        return None;
    }
    Some(text_point(s, keywords, &s.text))
}

/// A point of what `s` tells, not counts, asked by `keywords` (at least
/// one): its 要点 the longest of the first three, its label the first two,
/// its answer `told`, cleaned.
fn text_point(s: &Sentence, keywords: Vec<String>, told: &str) -> DraftFact {
    let point = keywords
        .iter()
        .take(3)
        .max_by_key(|w| w.chars().count())
        .cloned()
        .unwrap_or_default();
    let label: String = keywords.iter().take(2).cloned().collect();
    DraftFact {
        id: String::new(),
        question: format!("{label}是怎么回事？"),
        label,
        keywords,
        answer: short(&sentence::clean(told), FACT_ANSWER),
        figures: vec![("要点".to_string(), point)],
        kind: FactKind::Text,
        line: s.line,
        sentence: s.text.clone(),
    }
}

/// Cities and provinces a body's name may open with (北京友谊医院).
const CITIES_FIRST: &[&str] = &["北京", "上海", "天津", "重庆", "首都", "中国"];

/// A body's name without the city it opens with: 北京友谊医院 is
/// 友谊医院. None when the rest is short or names no body.
fn without_city(name: &str) -> Option<String> {
    let city = CITIES_FIRST.iter().find(|c| name.starts_with(*c))?;
    let rest = &name[city.len()..];
    let body = entity::is_body(rest);
    (rest.chars().count() >= 4 && body).then(|| rest.to_string())
}

/// Shortest description of a photo that makes a point of it.
const CAPTION_FACT: usize = 6;

/// A fact for a credited photo caption: what the photo shows, and whom
/// the page credits for it as its figure.
fn caption_fact(
    c: &page::Paragraph,
    seg: &Segmenter,
    keep: &dyn Fn(&str) -> bool,
) -> Option<DraftFact> {
    let (body, name) = byline::split_caption(&c.text)?;
    if body.chars().count() < CAPTION_FACT {
        return None;
    }
    let mut keywords: Vec<String> = seg
        .keywords(&body, FACT_KEYWORDS)
        .into_iter()
        .filter(|w| keep(w))
        .collect();
    let first = keywords.first()?.clone();
    let label = format!(
        "照片：{}",
        keywords.iter().take(2).cloned().collect::<String>()
    );
    for w in ["照片", "图片"] {
        keywords.push(w.to_string());
    }
    let given = c.text.contains("供图") || c.text.contains("提供");
    let (verb, role) = if given {
        ("供图", "供图")
    } else {
        ("摄", "摄影")
    };
    // (图为1989亩油菜与小麦构成的特色种植基地: the count a caption gives
    // is asked too.)
    let mut figures: Vec<(String, String)> = figure::find(&body)
        .iter()
        .filter(|f| f.kind == FigureKind::Count)
        .map(|f| (figure_label(&body, f, seg), f.value.clone()))
        .collect();
    figures.push((role.to_string(), name.clone()));
    Some(DraftFact {
        id: String::new(),
        question: format!("{first}的照片是谁拍的？"),
        label,
        keywords,
        answer: format!("照片：{}。（{name} {verb}）", sentence::clean(&body)),
        figures,
        kind: FactKind::Text,
        line: c.line,
        sentence: c.text.clone(),
    })
}

/// A fact for a person the story names with a role.
fn person_fact(p: &Person, s: &Sentence, keep: &dyn Fn(&str) -> bool) -> DraftFact {
    let mut keywords = vec![p.name.clone()];
    // 第300万名旅客萨仁: a figure of the title asks for them too.
    let in_title = figure::find(&p.title);
    let title_figures = in_title.iter().map(|f| f.value.as_str());
    // 新立向阳大豆种养殖专业合作社理事长李庆国: the kind of body they lead
    // asks for them too (李庆国是哪个合作社的).
    let body = p
        .title
        .strip_suffix(p.role.as_str())
        .and_then(entity::ending);
    for w in [p.title.as_str(), p.role.as_str()]
        .into_iter()
        .chain(title_figures)
        .chain(body)
    {
        if keep(w) && !keywords.iter().any(|k| k == w) {
            keywords.push(w.to_string());
        }
    }
    // 呼和牧仁的马“郎灰”: what the sentence names as theirs asks for them,
    // as its owner (郎灰的主人是谁).
    let mut owned: Vec<String> = Vec::new();
    for (i, _) in s.text.match_indices(&format!("{}的", p.name)) {
        let rest = &s.text[i + p.name.len() + "的".len()..];
        let clause = rest
            .split(|c: char| CLAUSE_CUTS.contains(&c) || c == '。')
            .next()
            .unwrap_or("");
        owned.extend(quoted(clause).into_iter().filter(|t| keep(t)));
    }
    if !owned.is_empty() {
        owned.push("主人".to_string());
    }
    for w in owned {
        if !keywords.contains(&w) {
            keywords.push(w);
        }
    }
    DraftFact {
        id: String::new(),
        label: p.name.clone(),
        question: format!("{}是谁？", p.name),
        keywords,
        answer: short(&sentence::clean(&s.text), FACT_ANSWER),
        figures: vec![("职务".to_string(), p.printed.clone())],
        kind: FactKind::Person,
        line: s.line,
        sentence: s.text.clone(),
    }
}

/// A short label for a figure: the words just before it in its clause
/// (每天处理鲜奶6500吨 → 每天处理鲜奶), else those just after it.
fn label(sentence: &str, f: &Figure, seg: &Segmenter) -> String {
    // 54岁的张利: an age measures no word around it.
    if f.value.ends_with('岁') && f.value.starts_with(|c: char| c.is_ascii_digit()) {
        return AGE.to_string();
    }
    // 60多吨青干草和15吨饲料: a count measures the thing it is followed by.
    if f.kind == FigureKind::Count && measure_word(&f.value).is_some_and(|u| !u.ends_with('元')) {
        let counted = counted_after(sentence, f, seg);
        if counted.chars().count() >= 2 {
            return counted;
        }
        // 13个省（区、市）: the one word counted, with the others the
        // brackets add, not 宁夏 of 江苏、宁夏等 before it.
        if counted.chars().count() == 1
            && let Some(rest) = sentence[f.end + counted.len()..]
                .strip_prefix('（')
                .or_else(|| sentence[f.end + counted.len()..].strip_prefix('('))
            && let Some(end) = rest.find(['）', ')'])
            && let inner = rest[..end].replace(['、', ','], "")
            && (1..=4).contains(&inner.chars().count())
            && inner.chars().all(is_han)
        {
            return format!("{counted}{inner}");
        }
    }
    let clause_start = clause_start(sentence, f.start);
    // 全市规上工业增加值同比增长10.6%: what changed, not 同比, measures a
    // change against a year before.
    let head = &sentence[clause_start..f.start];
    let verb = [
        "增长", "下降", "提高", "减少", "上升", "增加", "降低", "下滑", "回落",
    ]
    .into_iter()
    .find(|v| head.ends_with(v));
    let rest = verb.map_or(head, |v| &head[..head.len() - v.len()]);
    if let Some(what) = [
        "同比",
        "环比",
        "比去年同期",
        "比上年同期",
        "较去年同期",
        "较上年同期",
    ]
    .iter()
    .find_map(|c| rest.strip_suffix(c))
    {
        let before = tail_words(seg, what, 8);
        if before.chars().count() >= 2 {
            return before;
        }
        // (比去年同期下降13.77%: the change alone, 同比下降.)
        if let Some(v) = verb {
            return format!("同比{v}");
        }
    }
    let before = tail_words(seg, head, 8);
    if before.chars().count() >= 2 {
        return before;
    }
    let clause_end = sentence[f.end..]
        .find(CLAUSE_ENDS)
        .map_or(sentence.len(), |i| f.end + i);
    let after = head_words(seg, &sentence[f.end..clause_end], 8);
    if after.chars().count() >= 2 {
        return after;
    }
    f.value.clone()
}

fn figure_label(sentence: &str, f: &Figure, seg: &Segmenter) -> String {
    match f.kind {
        FigureKind::Date => "日期".to_string(),
        FigureKind::Year => "年份".to_string(),
        FigureKind::Change => "变化".to_string(),
        FigureKind::Count => label(sentence, f, seg),
    }
}

const CLAUSE_ENDS: &[char] = &[
    '，', ',', '。', '；', ';', '：', ':', '、', '“', '”', '(', ')', '（', '）', '!', '?', '！',
    '？',
];

/// Where the clause holding byte `at` of `sentence` starts: after the last
/// clause end before it.
fn clause_start(sentence: &str, at: usize) -> usize {
    sentence[..at].rfind(CLAUSE_ENDS).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    })
}

/// Parts of speech that carry no content at the edge of a label.
const EDGE: &[&str] = &[
    "p", "c", "u", "uj", "ul", "d", "r", "m", "q", "x", "y", "f", "t",
];

/// Words that follow what a figure measures without naming it: verbs,
/// adverbs, particles, words of time and place.
const TRAILING_TAGS: &[&str] = &[
    "v", "d", "c", "p", "u", "ug", "ul", "uj", "uz", "t", "f", "m", "q", "y", "r", "b",
];

/// Words of ability before a verb (能跑, 可发电): what the figure after
/// them measures is the doing.
const ABLE: &[&str] = &["能", "可", "可以", "能够"];

/// Nouns, of every kind, that can name what a figure measures.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "nrt", "ns", "nt", "nz", "vn", "j", "l", "an", "eng",
];

/// The last of `words` that together hold at most `max` characters.
fn last_words<'w, 'a>(words: &'w [Word<'a>], max: usize) -> &'w [Word<'a>] {
    let mut start = words.len();
    let mut len = 0;
    while start > 0 {
        let n = words[start - 1].text.chars().count();
        if len + n > max {
            break;
        }
        start -= 1;
        len += n;
    }
    &words[start..]
}

/// The last words of `text`, up to `max` characters, without function
/// words at their start.
fn tail_words(seg: &Segmenter, text: &str, max: usize) -> String {
    let words = seg.words(text);
    let kept = last_words(&words, max);
    let skip = kept.iter().take_while(|w| EDGE.contains(&w.tag)).count();
    // 常住人口只有|2.86万人, 通关人次是去年的|9倍多: what is measured is the
    // noun; the verbs and words of time after it go, if a noun remains.
    let mut end = kept.len();
    while end > skip && TRAILING_TAGS.contains(&kept[end - 1].tag) {
        // 一块电池能跑|150-200公里: a figure of what can be done measures
        // the doing; the verb after 能 stays (电池能跑, not 电池).
        let able = end >= 2 && ABLE.contains(&kept[end - 2].text);
        if able && kept[end - 1].tag.starts_with('v') && end - 1 > skip {
            break;
        }
        end -= 1;
    }
    // (赛吉拉胡花了|60多万元: a person's name measures nothing; the verb
    // stays with it.)
    let nouns = kept[skip..end]
        .iter()
        .any(|w| NOUN_TAGS.contains(&w.tag) && !matches!(w.tag, "nr" | "nrt"));
    let kept = if nouns { &kept[..end] } else { kept };
    kept[skip..]
        .iter()
        .map(|w| w.text)
        .collect::<String>()
        .trim_end_matches(['的', '了', '为', '是', '达', '约', '共', '近', '超', '有'])
        .to_string()
}

/// The first words of `text`, up to `max` characters.
fn head_words(seg: &Segmenter, text: &str, max: usize) -> String {
    let words = seg.words(text);
    let skip = words.iter().take_while(|w| EDGE.contains(&w.tag)).count();
    let mut out = String::new();
    for w in &words[skip..] {
        if out.chars().count() + w.text.chars().count() > max {
            break;
        }
        out.push_str(w.text);
    }
    out
}

/// `四句` → `4句`: a count in Chinese numerals as readers may type it.
fn arabic(value: &str) -> Option<String> {
    if value.contains("分之") {
        return None;
    }
    let numeral: String = value
        .chars()
        .take_while(|c| "零〇一二两三四五六七八九十百千".contains(*c))
        .collect();
    if numeral.is_empty() {
        return None;
    }
    let n = chinese_number::from_chinese_to_u64_ten_thousand(&numeral).ok()?;
    Some(format!("{n}{}", &value[numeral.len()..]))
}

/// Gives each fact an id from its label's sound: 鲜奶 → xiannai.
fn fact_ids(facts: &mut [DraftFact]) {
    let mut taken = HashSet::new();
    for f in facts.iter_mut() {
        let base = {
            let r = romanize(&f.label, 14);
            if r.is_empty() { "fact".to_string() } else { r }
        };
        let mut id = base.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        f.id = id;
    }
}

/// A topic id: the region's slug and the sound of the story's first
/// keyword, unique among `taken`.
fn unique_id(slug: &str, keywords: &[String], taken: &HashSet<String>) -> String {
    let word = keywords
        .first()
        .map(|k| romanize(k, 10))
        .unwrap_or_default();
    let base = if word.is_empty() {
        slug.to_string()
    } else {
        format!("{slug}-{word}")
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The plain pinyin of the Chinese characters of `text` (and its ASCII
/// letters and digits, lowercased), at most `max` bytes, cut between syllables.
pub fn romanize(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let piece = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase().to_string()
        } else if let Some(p) = c.to_pinyin() {
            // ü is written v, as pinyin keyboards do: ids are ASCII.
            p.plain().replace('ü', "v")
        } else {
            continue;
        };
        if out.len() + piece.len() > max {
            break;
        }
        out.push_str(&piece);
    }
    out
}

/// The place a sentence opens on (希伯花镇的果园里, 在乌兰胡同村, 走进
/// 红台子村): the longest of `places` it starts with, after the words that
/// lead into a place. Where its first clauses only say when, or what the
/// reporter learnt (近日，记者来到…工业园区，在华兴实业有限责任公司…现场),
/// the last place they lead into.
fn opening_place(sentence: &str, places: &[String]) -> Option<String> {
    let mut found = None;
    for clause in sentence.split(CLAUSE_CUTS) {
        match place_at(clause, places) {
            Some(p) => found = Some(p),
            // (近日, 记者了解到: no place yet.)
            None if found.is_none()
                && (clause.chars().count() <= 4
                    || ["记者了解到", "据了解", "据介绍"].contains(&clause)) => {}
            None => break,
        }
    }
    found
}

/// The rest of a sentence that opens on how far off its place is
/// (`30公里外的`), if it does.
fn far_off(sentence: &str) -> Option<&str> {
    let digits = sentence.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    if digits == 0 {
        return None;
    }
    let rest = &sentence[digits..];
    let rest = ["公里", "千米", "米"]
        .iter()
        .find_map(|u| rest.strip_prefix(u))?
        .strip_prefix('外')?;
    Some(rest.strip_prefix('的').unwrap_or(rest))
}

/// The longest of `places` that `clause` opens on.
fn place_at(clause: &str, places: &[String]) -> Option<String> {
    let mut text = clause.strip_prefix("记者").unwrap_or(clause);
    for lead in ["在", "走进", "来到", "位于", "依托"] {
        text = text.strip_prefix(lead).unwrap_or(text);
    }
    // (呼和浩特市|第39中学分校: the city the body is in may come first.)
    let opens = |p: &str| {
        text.find(p).is_some_and(|i| {
            let city = &text[..i];
            i == 0
                || city.chars().count() <= 6
                    && city.chars().all(is_han)
                    && city.ends_with(['市', '旗', '县', '区', '盟'])
        })
    };
    places
        .iter()
        .filter(|p| p.chars().count() >= 3 && opens(p))
        .max_by_key(|p| p.len())
        .cloned()
}

/// The story's title: the longest part of its headline, its subtitle
/// (——扎赉特旗精准扶贫见闻) aside.
fn title(headline: &str) -> String {
    let headline = headline
        .split("——")
        .find(|p| !p.is_empty())
        .unwrap_or(headline);
    headline
        .split([' ', '\u{3000}', ':', '：', '—'])
        .map(str::trim)
        .max_by_key(|p| p.chars().count())
        .unwrap_or(headline)
        .to_string()
}

/// The story's short answer: the first sentences of its lead, cleaned.
fn lead_answer(sentences: &[Sentence], lead_line: usize) -> String {
    let mut out = String::new();
    for s in sentences.iter().filter(|s| s.line == lead_line) {
        let clean = sentence::clean(&s.text);
        if !out.is_empty() && out.chars().count() + clean.chars().count() > TOPIC_ANSWER {
            break;
        }
        out.push_str(&clean);
    }
    short(&out, TOPIC_ANSWER)
}

/// `text` cut to at most `max` characters at a clause end.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(['，', '；', '。']) {
        Some(i) if i > cut.len() / 2 => format!("{}……", &cut[..i]),
        _ => format!("{cut}……"),
    }
}

static FIRST_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)((?:\d{4}年)?\d{1,2}月\d{1,2}日)").expect("date pattern")
});

/// The first full date in a text: the day a story with a byline line tells
/// of (not 69月19日 of 08:069月19日, a time run into the date).
fn first_date(text: &str) -> Option<String> {
    FIRST_DATE.captures(text).map(|c| c[1].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_terms() {
        let cases: &[(&str, &[&str])] = &[
            (
                "酒庄采用西北农林科技大学李华教授团队的“爬地龙”栽培模式",
                &["爬地龙"],
            ),
            ("“敖汉小米”渐渐“熬”出了世界的味道", &["敖汉小米"]),
            ("他说:“种植全程提供统一技术指导,收购时再统一收。”", &[]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(quoted(sentence), *expected, "{sentence}");
        }
    }

    #[test]
    fn a_sentence_that_dates_an_event_then_counts_makes_two_points() {
        let seg = Segmenter::new(&[]);
        let keep = |w: &str| keyword_ok(w);
        let points = |text: &str| {
            let s = Sentence {
                text: text.to_string(),
                line: 1,
            };
            figure_facts(&s, &figure::find(text), &[], &seg, &keep)
                .into_iter()
                .map(|f| {
                    let values: Vec<String> = f.figures.into_iter().map(|(_, v)| v).collect();
                    (f.kind, values, f.answer)
                })
                .collect::<Vec<_>>()
        };
        let v = |values: &[&str]| values.iter().map(|v| v.to_string()).collect::<Vec<_>>();
        let whole = |t: &str| sentence::clean(t);
        let t = "2018年3月,宝日嘎查成立养驼合作社,把12.5万亩草场连在一起,设了8个放牧点。";
        assert_eq!(
            points(t),
            [
                (
                    FactKind::Year,
                    v(&["2018年3月"]),
                    "2018年3月，宝日嘎查成立养驼合作社。".to_string()
                ),
                (FactKind::Number, v(&["12.5万亩", "8个"]), whole(t)),
            ]
        );
        // The counts are asked by the date of the event they follow.
        let t = "2023年,园区生产的电池经海运出口欧美和东南亚,共3.2吉瓦时。";
        let facts = figure_facts(
            &Sentence {
                text: t.to_string(),
                line: 1,
            },
            &figure::find(t),
            &[],
            &seg,
            &keep,
        );
        assert_eq!(facts.len(), 2, "{t}");
        assert!(facts[1].keywords.contains(&"2023年".to_string()), "{t}");
        // A year that only dates the counts: one point, of how much.
        let t = "2024年,全旗36个嘎查集体收入1200万元。";
        assert_eq!(
            points(t),
            [(
                FactKind::Number,
                v(&["2024年", "36个", "1200万元"]),
                whole(t)
            )]
        );
        // A clause of 作为 tells no event of its own.
        let t = "2021年,巴音村作为示范村,用扶持资金300万元建成了养殖小区。";
        assert_eq!(points(t).len(), 1);
        // Nor do the words a colon leads from.
        let t = "一串闪光的数字,见证了阿荣旗县域经济跨越发展的轨迹:2012年,阿荣旗完成地区生产总值129.2亿元,是2007年的2.7倍;";
        assert_eq!(points(t).len(), 1);
        // An event and no count: one point, of when.
        let t = "2015年,宝日嘎查成立了合作社,牧民都入了股。";
        assert_eq!(points(t), [(FactKind::Year, v(&["2015年"]), whole(t))]);
        // A quote opened before the date holds the event, not its speaker.
        let t = "镇党委书记郑志强说:“2018年,赛音不浪村发展网纹瓜产业,建成2100亩种植基地。”";
        assert_eq!(
            points(t)[0],
            (
                FactKind::Year,
                v(&["2018年"]),
                "2018年，赛音不浪村发展网纹瓜产业。".to_string()
            )
        );
        // 当地时间 only places the date; an ordinal (第12届) counts nothing:
        // one point, of when.
        let t = "当地时间2023年9月17日,在沙特利雅得举行的第45届世界遗产大会上,普洱景迈山古茶林文化景观被列入《世界遗产名录》。";
        assert_eq!(
            points(t),
            [(FactKind::Year, v(&["2023年9月17日", "第45届"]), whole(t))]
        );
    }

    #[test]
    fn a_figure_is_asked_by_the_words_of_its_clause() {
        let seg = Segmenter::new(&[]);
        let cases: &[(&str, &str, &str)] = &[
            // The verb that opens the list the count closes.
            (
                "累计发掘面积2200平方米,出土陶器、玉器、骨器、蚌器等各类珍贵文物300余件。",
                "300余件",
                "出土",
            ),
            ("园区年均发电41亿千瓦时。", "41亿千瓦时", "发电"),
        ];
        for (sentence, value, word) in cases {
            let f = figure::find(sentence)
                .into_iter()
                .find(|f| f.value == *value)
                .unwrap();
            let words = figure_words(sentence, &f, &seg);
            assert!(words.iter().any(|w| w == word), "{sentence}: {words:?}");
        }
    }

    #[test]
    fn a_credited_photo_is_a_point_of_what_it_shows_and_who_took_it() {
        let seg = Segmenter::new(&[]);
        let keep = |w: &str| keyword_ok(w);
        let caption = |text: &str| page::Paragraph {
            text: text.to_string(),
            line: 7,
        };
        let f = caption_fact(&caption("游客乘坐游轮观鸟。(记者 张楚研 摄)"), &seg, &keep)
            .expect("a credited caption is a point");
        assert_eq!(f.figures, vec![("摄影".to_string(), "张楚研".to_string())]);
        assert_eq!(f.answer, "照片：游客乘坐游轮观鸟。（张楚研 摄）");
        assert!(f.keywords.iter().any(|k| k == "游轮"), "{:?}", f.keywords);
        assert!(f.keywords.iter().any(|k| k == "照片"), "{:?}", f.keywords);
        let f = caption_fact(
            &caption("周海燕正在指导学员制作孔雀羽毛手工艺品。(乌兰浩特市委宣传部供图)"),
            &seg,
            &keep,
        )
        .expect("a credited caption is a point");
        assert_eq!(f.figures[0].0, "供图");
        // (The count a caption gives is a figure of it, before the credit.)
        let f = caption_fact(
            &caption("图为1989亩油菜与小麦构成的特色种植基地。  中新网 记者 张玮 摄"),
            &seg,
            &keep,
        )
        .expect("a credited caption is a point");
        let values: Vec<&str> = f.figures.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["1989亩", "张玮"]);
        // A credit alone, or a caption no one is credited for, is none.
        assert!(caption_fact(&caption("本报记者 张玮 摄"), &seg, &keep).is_none());
        assert!(caption_fact(&caption("牧民在草场上放牧。"), &seg, &keep).is_none());
    }

    #[test]
    fn a_person_is_asked_by_what_is_theirs() {
        let keep = |w: &str| keyword_ok(w);
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "朱日和镇巴彦塔拉嘎查牧民呼和牧仁的马“郎灰”拿下耐力赛第一名。",
                "呼和牧仁",
                &["郎灰", "主人"],
            ),
            // A quoted term of another clause is not theirs.
            ("牧民呼和牧仁来了,他说“马超”办得好。", "呼和牧仁", &[]),
        ];
        for (text, name, owned) in cases {
            let p = Person {
                name: name.to_string(),
                title: "牧民".to_string(),
                role: "牧民".to_string(),
                printed: format!("牧民{name}"),
            };
            let s = Sentence {
                text: text.to_string(),
                line: 1,
            };
            let fact = person_fact(&p, &s, &keep);
            let got: Vec<&str> = fact.keywords[2..].iter().map(String::as_str).collect();
            assert_eq!(got, *owned, "{text}");
        }
    }

    #[test]
    fn a_yield_per_mu_is_asked_as_such() {
        for (value, expected) in [
            ("1439.40公斤/亩", Some("亩产")),
            ("800斤/亩", Some("亩产")),
            ("2000元/吨", None),
            ("1.125元/亩", Some("每亩")),
            ("38亩", None),
            ("3.1m/s", None),
        ] {
            assert_eq!(rate_word(value), expected, "{value}");
        }
    }

    #[test]
    fn a_figure_is_labelled_by_what_it_measures() {
        let seg = Segmenter::new(&[]);
        for (sentence, expected) in [
            ("这座小城常住人口只有1.2万人。", "小城常住人口"),
            ("今年游客人次是去年的3倍多。", "游客人次"),
            ("一块电池能跑150-200公里。", "电池能跑"),
            // Test pages 22 and 83: what changed, not the comparison.
            ("1—4月，全市规上工业增加值同比增长10.6%。", "规上工业增加值"),
            ("进口货值比去年同期下降29.57%。", "进口货值"),
            ("比去年同期下降13.77%。", "同比下降"),
        ] {
            let figures = figure::find(sentence);
            let f = figures
                .iter()
                .find(|f| f.kind == FigureKind::Count)
                .unwrap();
            assert_eq!(label(sentence, f, &seg), expected, "{sentence}");
        }
    }

    #[test]
    fn a_persons_name_alone_labels_no_figure() {
        // Test page 91: 赛吉拉胡花了60多万元 is labelled by the spending, not
        // by the man, whose name a question of his age says too.
        let mut seg = Segmenter::new(&[]);
        seg.add_word("赛吉拉胡", "nr");
        let sentence = "2013年，赛吉拉胡花了60多万元从北京买回退役的纯血马。";
        let figures = figure::find(sentence);
        let f = figures
            .iter()
            .find(|f| f.kind == FigureKind::Count)
            .unwrap();
        assert_ne!(label(sentence, f, &seg), "赛吉拉胡");
    }

    #[test]
    fn a_title_is_the_longest_part_of_the_headline_before_its_subtitle() {
        assert_eq!(
            title("这“10道菜”挺可口——扎赉特旗精准扶贫见闻"),
            "这“10道菜”挺可口"
        );
        assert_eq!(
            title("去年接待游客265万人次 土右旗入围“中国十大全域旅游示范县市”"),
            "土右旗入围“中国十大全域旅游示范县市”"
        );
    }

    #[test]
    fn a_subject_named_in_words_the_dictionary_knows_is_the_storys() {
        let seg = Segmenter::new(&[]);
        let list = [region("乌海", &[])];
        let regions = Regions::new(&list);
        let paragraphs = [
            "寒冬时节,乌海抽水蓄能电站的工地上依旧忙碌。这是首座抽水蓄能电站,总投资约83.39亿元。",
            "电站位于海勃湾区境内,是蒙西地区的第二座抽水蓄能电站。",
            "眼下,地下厂房已进入混凝土施工阶段。",
        ];
        assert_eq!(subject_names(&seg, &paragraphs, &regions), ["抽水蓄能电站"]);
        // Printed in one paragraph only, it is that paragraph's.
        assert!(subject_names(&seg, &paragraphs[..1], &regions).is_empty());
    }

    #[test]
    fn compounds_of_the_headline() {
        let seg = Segmenter::new(&[]);
        let regions = Regions::new(&[]);
        let text = "山葡萄好。马鞍山村种山葡萄,马鞍山村的山葡萄甜。马鞍山村。";
        assert_eq!(
            compounds(&seg, "山葡萄“紫珠珠”串起马鞍山村农文旅", text, &regions),
            ["山葡萄"]
        );
        // Printed five times and more, a word the dictionary does not have.
        let text = "返青期休牧。休牧期间养。为休牧做好保障。休牧期正赶上。返青期休牧政策。";
        assert_eq!(
            text_compounds(&seg, text, &regions),
            [("休牧".to_string(), 5)]
        );
    }

    #[test]
    fn a_count_is_asked_in_the_words_of_its_clause() {
        let seg = Segmenter::new(&[]);
        for (sentence, value, label_expected, question) in [
            (
                "他说,去年冬天家里就备下了60多吨青干草和15吨饲料。",
                "60多吨",
                "青干草",
                Some("家里就备下了多少青干草？"),
            ),
            (
                "林业经济和乡村旅游,已是村里的两大支柱产业。",
                "两大",
                "支柱产业",
                Some("村里有多少支柱产业？"),
            ),
            (
                "项目总投资165亿元,分三期建设。",
                "165亿元",
                "项目总投资",
                Some("项目总投资多少钱？"),
            ),
            (
                "公司从黑龙江、吉林、内蒙古通辽等地引进了1万多吨天然牧草。",
                "1万多吨",
                "天然牧草",
                Some("引进了多少天然牧草？"),
            ),
            // The last of a list counts nothing; neither does an ordinal.
            (
                "科左中旗、开鲁县、科尔沁区、奈曼旗4个旗县的面积都超过40万亩。",
                "4个",
                "旗县",
                None,
            ),
        ] {
            let f = figure::find(sentence)
                .into_iter()
                .find(|f| f.value == value)
                .unwrap();
            assert_eq!(label(sentence, &f, &seg), label_expected, "{sentence}");
            assert_eq!(
                count_question(sentence, &f, &seg).as_deref(),
                question,
                "{sentence}"
            );
        }
        for (value, unit) in [
            ("2.2亿亩", Some("亩")),
            ("10斤左右", Some("斤")),
            ("三四万人", Some("人")),
            ("1.125元/亩", None),
            ("超90%", None),
            ("1218.95kg", None),
        ] {
            assert_eq!(measure_word(value), unit, "{value}");
        }
    }

    #[test]
    fn a_name_with_a_number_is_a_variety_when_planted() {
        let t = "这块测产田种的是中科发5号,实收面积1.564亩。";
        assert_eq!(numbered_label(t, "中科发5号"), "品种");
        assert_eq!(numbered_label("发射了长征5号。", "长征5号"), "名称");
    }

    #[test]
    fn this_is_what_was_named_last() {
        let places: Vec<String> = [
            "伊金霍洛旗",
            "镕锂电池材料有限公司",
            "镕锂电池材料有限公司高端石墨材料项目",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let before = "走进伊金霍洛旗镕锂电池材料有限公司高端石墨材料项目现场,厂房已初具规模。";
        assert_eq!(
            latest_organisation(&places, before).as_deref(),
            Some("镕锂电池材料有限公司高端石墨材料项目")
        );
        assert_eq!(latest_organisation(&places, "伊金霍洛旗的厂房。"), None);
    }

    #[test]
    fn a_date_is_asked_by_what_happened() {
        let seg = Segmenter::new(&[]);
        for (sentence, expected) in [
            (
                "2016年,村委会组织村民打井发展水浇地,鼓励种葵花。",
                Some("村委会组织村民打井发展水浇地"),
            ),
            (
                "项目整体预计在11月30日全部完工。",
                Some("项目整体预计全部完工"),
            ),
            ("从2018年起实施休牧政策。", Some("实施休牧政策")),
            ("2019年,", None),
        ] {
            let date = figure::find(sentence).remove(0);
            assert_eq!(
                event_question(sentence, &date, &seg).as_deref(),
                expected,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_paragraph_goes_on_about_its_person() {
        let sentences: Vec<Sentence> = [
            ("刚开始休牧时,白吉仁台也掰着指头算过账。", 1),
            ("可细算下来还是赚了,500多只羔羊纯收入20万元。", 1),
            ("如今这门生意成了夫妻俩的主要收入来源。", 2),
            ("当年的小作坊已经变成320平方米的标准化生产厂房。", 2),
            ("每年3月至5月是牧区的接羔期。", 3),
        ]
        .iter()
        .map(|(t, line)| Sentence {
            text: t.to_string(),
            line: *line,
        })
        .collect();
        let names = vec!["白吉仁台".to_string()];
        let who = |s: Option<&str>| s.map(str::to_string);
        assert_eq!(
            subjects(&names, &sentences),
            vec![
                who(Some("白吉仁台")),
                who(Some("白吉仁台")),
                who(Some("白吉仁台")),
                who(Some("白吉仁台")),
                // A new paragraph that names no one is about no one.
                None,
            ]
        );
    }

    #[test]
    fn a_person_the_headline_names_with_a_word_for_who_is_the_storys() {
        // Test page 57: 牧民布和巴图 only in the headline, the name alone in
        // the story; 这位…58岁的牧民 is him.
        let topic = drafted(
            "锡林郭勒",
            &["苏尼特右旗"],
            "锡林郭勒\n\n# 苏尼特右旗牧民布和巴图的“牧家乐”年入五六万元\n\n\
             草原深处,布和巴图经营的“牧家乐”却门庭若市、热闹异常。\n\n\
             “去年搞旅游的纯收入就有五六万元。”这位苏尼特右旗赛罕塔拉镇58岁的牧民说,以前总以为多养牛羊才能赚钱。\n\n\
             这些年,布和巴图按照草畜平衡政策的有关要求,把400多只羊减掉一半。\n\n\
             四五年前,布和巴图在自家宅基地建了一个专供餐饮休闲的蒙古包。\n",
        );
        assert_keyword(point_of(&topic, "58岁"), |k| k == "布和巴图", true);
    }

    #[test]
    fn a_span_in_hours_is_asked_by_hours() {
        // Test page 25: 每天就睡三四个小时 is one figure now, and its point
        // is still asked 几个小时.
        let topic = drafted(
            "阿拉善",
            &["额济纳旗"],
            "阿拉善\n\n# 额济纳胡杨林迎旅游高峰\n\n\
             “没想到比国庆假日的游客数更多,每天就睡三四个小时。”倪军是额济纳火车站的负责人之一。\n",
        );
        let point = point_of(&topic, "三四个小时");
        assert_keyword(point, |k| k == "小时", true);
    }

    #[test]
    fn an_answer_that_points_at_the_person_named_before_says_whom() {
        // Test page 56: 第一位研究鄂伦春文化的本民族学者是谁 is answered by
        // a sentence that says 这位 of 白兰.
        let topic = drafted(
            "呼伦贝尔",
            &["鄂伦春自治旗"],
            "呼伦贝尔\n\n# 鄂伦春自治旗70年走出深山\n\n\
             “70年间,鄂伦春族实现了全方位的发展。”内蒙古自治区社会科学院民族研究所研究员白兰说。\
             这位从鄂伦春自治旗托扎敏乡走出来的鄂伦春族学者,是第一位从事鄂伦春文化研究的本民族学者。\n",
        );
        let point = point_of(&topic, "第一位");
        assert!(point.answer.starts_with("白兰这位"), "{}", point.answer);
    }

    #[test]
    fn a_quotation_opening_a_paragraph_is_of_whom_the_sentence_after_names() {
        let sentences: Vec<Sentence> = [
            ("“养香猪真是有赚头!", 1),
            ("去年一分钱没出就领到了10头香猪,当年就卖了17000多元。”", 1),
            ("说起脱贫,贫困户白扎木苏兴奋不已。", 1),
            ("“我们这个基地去年10月份开工建设。”", 2),
            ("基地带动600户农牧户。", 2),
        ]
        .iter()
        .map(|(t, line)| Sentence {
            text: t.to_string(),
            line: *line,
        })
        .collect();
        let names = vec!["白扎木苏".to_string()];
        let who = Some("白扎木苏".to_string());
        assert_eq!(
            subjects(&names, &sentences),
            vec![who.clone(), who.clone(), who, None, None]
        );
    }

    #[test]
    fn a_pronoun_names_the_person_named_last() {
        let sentences: Vec<Sentence> = [
            "李子元种葵花已有20多年。",
            "王胜云也来了,李子元说。",
            "他家去年每亩净收入1100多元。",
        ]
        .iter()
        .map(|t| Sentence {
            text: t.to_string(),
            line: 1,
        })
        .collect();
        let names = vec!["王胜云".to_string(), "李子元".to_string()];
        assert!(refers_to_person(&sentences[2].text));
        assert!(!refers_to_person("他们一起干。"));
        assert!(!refers_to_person("其他牧民可以外出打工。"));
        assert!(refers_to_person("如今这门生意成了夫妻俩的主要收入来源。"));
        assert!(refers_to_person(
            "“去年搞旅游的纯收入就有五六万元。”这位苏尼特右旗赛罕塔拉镇巴润宝拉格嘎查58岁的牧民说。"
        ));
        assert_eq!(
            latest_named(&names, &sentences[..2]),
            Some("李子元".to_string())
        );
        assert_eq!(
            latest_named(&names, &sentences[..1]),
            Some("李子元".to_string())
        );
        assert_eq!(latest_named(&names, &[]), None);
    }

    /// The first story of `page`, drafted with one region, `name`, whose
    /// places are `places`.
    #[test]
    fn a_short_sentence_that_says_what_a_thing_is_makes_a_point() {
        let seg = Segmenter::new(&[]);
        let point = |text: &str| {
            let s = Sentence {
                text: text.to_string(),
                line: 1,
            };
            text_fact(&s, &seg, &|w: &str| keyword_ok(w))
        };
        let fact = point("抓羊大赛是开幕式的热场活动。").expect("a point");
        assert!(fact.answer.contains("抓羊大赛"), "{fact:?}");
        // (As short, but saying nothing of what a thing is.)
        assert!(point("两人立刻交换起各自的巡逻情况。").is_none());
        assert!(point("这是我们的目标。").is_none());
    }

    #[test]
    fn gai_and_the_end_of_a_name_is_that_name() {
        let page = "呼和浩特\n\n# 内蒙古国际蒙医医院扩建项目开工奠基\n\n\
                    12月22日,内蒙古国际蒙医医院扩建项目开工奠基仪式举行。\
                    早在2012年9月24日,自治区政府审议通过内蒙古国际蒙医医院扩建项目建设。\
                    历经8年,内蒙古国际蒙医医院扩建项目完成一系列筹备工作。\
                    该扩建项目力争3年完成建设,总投资99483.08万元。\n";
        let topic = drafted("呼和浩特", &["赛罕区"], page);
        let fact = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("99483.08万元"))
            .expect("the cost's point");
        assert!(
            fact.answer.starts_with("内蒙古国际蒙医医院扩建项目力争3年"),
            "{fact:?}"
        );
    }

    #[test]
    fn a_caption_over_the_dateline_leaves_the_byline_read() {
        let page = "二连浩特\n\n## 二连浩特成为中蒙民心相通“新驿路”\n\n\
                    图为新闻发布会现场。马鼎文 摄\n\n\
                    中新网呼和浩特9月17日电 (记者 李爱平)17日,内蒙古自治区二连浩特市委书记鞠树文\
                    在此间召开的新闻发布会上表示,二连浩特每年投入2000万元左右。\n";
        let topic = drafted("锡林郭勒", &["二连浩特市"], page);
        assert_eq!(topic.byline.reporters, ["李爱平"]);
        assert!(
            topic.photographers.contains(&"马鼎文".to_string()),
            "{topic:?}"
        );
        assert!(
            topic.facts.iter().all(|f| !f.answer.contains("中新网")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_features_own_title_asks_of_the_story() {
        let page = "赤峰\n\n## 优质牧草近70万亩 阿鲁科尔沁旗从茫茫荒漠变“中国草都”\n\n\
                    新华社呼和浩特6月13日电 题:内蒙古阿鲁科尔沁旗:一棵草开启产业发展之路\n\
                    新华社记者王春燕、彭源\n\n\
                    驱车行驶在内蒙古赤峰市阿鲁科尔沁旗草业核心区的路上,道路两侧是蔓延开的绿色草原。\
                    2008年,阿鲁科尔沁旗第一个沙地节水灌溉紫花苜蓿种植项目试验成功。\n";
        let topic = drafted("赤峰", &["阿鲁科尔沁旗"], page);
        assert_eq!(topic.byline.reporters, ["王春燕", "彭源"]);
        assert!(
            topic
                .keywords
                .contains(&"一棵草开启产业发展之路".to_string()),
            "{:?}",
            topic.keywords
        );
        let page = "巴彦淖尔\n\n## 临河区夏粮预计稳定在13亿斤以上\n\n\
                    中新网巴彦淖尔7月23日电 题:河套平原的“麦香传奇”\n\n中新网记者 张林虎\n\n\
                    临河区小麦折纯面积12.72万亩,夏粮预计稳定在13亿斤以上。\n";
        let topic = drafted("巴彦淖尔", &["临河区"], page);
        assert_eq!(topic.byline.reporters, ["张林虎"]);
        assert!(
            topic.keywords.contains(&"麦香传奇".to_string()),
            "{:?}",
            topic.keywords
        );
    }

    #[test]
    fn a_line_dating_the_story_over_a_caption_is_no_part_of_it() {
        let page = "巴彦淖尔\n\n## 乌梁素海新年第一网收获4万斤野生鱼\n\n08.01.2017  18:01\n\n\
                    渔民捧起一条约20公斤重的青鱼(曹桢 摄)\n\n\
                    新华网巴彦淖尔1月7日电(曹桢) 凌晨3时许下网,上午9时30分开始收网,两个小时后,\
                    肥美的鲤鱼、草鱼等陆续被渔网裹挟着拉上冰面。\n";
        let topic = drafted("巴彦淖尔", &["乌梁素海"], page);
        // (The site's date, 8 January 2017, gives the dateline's its year.)
        assert_eq!(topic.byline.date.as_deref(), Some("2017年1月7日"));
        let point = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("3时许"))
            .expect("the point of the net");
        assert!(point.answer.starts_with("凌晨3时许下网"), "{point:?}");
        assert!(
            topic.photographers.contains(&"曹桢".to_string()),
            "{topic:?}"
        );
    }

    #[test]
    fn a_deck_over_the_dateline_stays_and_the_byline_is_read() {
        let page = "呼伦贝尔\n\n## 扎兰屯职业学院新校区主体工程全面竣工\n\n\
                    呼伦贝尔市在建最大的PPP项目,将于9月10日投入使用。\n\n\
                    本报讯(记者孙德华 付饶 蒋铁英)在扎兰屯职业学院新校区,工人们正在对最后一栋\
                    主体建筑进行墙面粉刷,扎兰屯职业学院校区综合建设项目总占地面积57.34万平方米。\n";
        let topic = drafted("呼伦贝尔", &["扎兰屯市"], page);
        assert_eq!(topic.byline.reporters, ["孙德华", "付饶", "蒋铁英"]);
        assert!(
            topic.facts.iter().all(|f| !f.answer.contains("本报讯")),
            "{:?}",
            topic.facts
        );
        // (The deck is the story's own sentence, and keeps its figure.)
        assert!(
            topic
                .facts
                .iter()
                .any(|f| f.figures.iter().any(|(_, v)| v == "9月10日")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_name_with_nothing_around_it_is_asked_by() {
        let page = "赤峰\n\n## 喀喇沁旗肉鸭产业链让村民家门口就业\n\n\
                    本报讯 晨曦初露,赵窝铺村鸭棚里,也开启了养殖工人刘晓龙一天的工作。\n\n\
                    刘晓龙是喀喇沁旗小牛群镇东卡拉村村民。如今他得以在家门口就业,每月有4000元左右的稳定收入。\n\n\
                    500米外,另一家公司生产车间内,谢艳琴正手法娴熟地操作着打钉机。\
                    她告诉记者:“以前我在河北打工,如今月收入稳定在5500元左右。”\n";
        let topic = drafted("赤峰", &["喀喇沁旗"], page);
        let asked_by = |figure: &str, name: &str| {
            topic
                .facts
                .iter()
                .find(|f| f.answer.contains(figure))
                .is_some_and(|f| f.keywords.iter().any(|k| k == name))
        };
        assert!(asked_by("4000元左右", "刘晓龙"), "{:?}", topic.facts);
        assert!(asked_by("5500元左右", "谢艳琴"), "{:?}", topic.facts);
    }

    #[test]
    fn a_quoted_short_name_is_asked_of_the_long_one() {
        let page = "呼伦贝尔\n\n## 第十一届北方科技博览会在满洲里落幕\n\n\
                    第十一届中国(满洲里)北方科技博览会6日在满洲里圆满落下帷幕。\n\n\
                    10年间,满洲里通过“北博会”这一平台,吸引了众多企业落户边城。\n";
        let topic = drafted("呼伦贝尔", &["满洲里市"], page);
        let fact = topic
            .facts
            .iter()
            .find(|f| f.figures.iter().any(|(_, v)| v == "6日"))
            .expect("the closing's point");
        for w in ["北博会", "落幕"] {
            assert!(fact.keywords.iter().any(|k| k == w), "{w}: {fact:?}");
        }
        assert_eq!(
            abbreviations("北京市“北博会”开了,北方科技博览会在北京举行"),
            [("北博会".to_string(), "北方科技博览会".to_string())]
        );
    }

    #[test]
    fn this_firm_is_the_firm_named_just_before() {
        // Test page 45.
        let page = "锡林郭勒\n\n# 锡林郭勒牧民走在羊光大道上\n\n\
                    依托内蒙古额尔敦羊业股份有限公司这一本土品牌的发展壮大,草原的羊肉走上了餐桌。\
                    这家公司成立于1996年,如今已实现全产业链发展。\n";
        let topic = drafted("锡林郭勒", &["阿巴嘎旗"], page);
        let fact = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("1996年"))
            .expect("the founding's point");
        assert!(
            fact.answer
                .starts_with("内蒙古额尔敦羊业股份有限公司成立于"),
            "{fact:?}"
        );
    }

    #[test]
    fn a_housing_estate_is_asked_by_its_name_without_its_kind() {
        // Test page 44.
        let page = "通辽\n\n# 通辽开发区推进项目建设\n\n\
                    在盛世华府小区施工现场,工人们正紧张有序地进行室内装修。\
                    作为开发区棚户区改造回迁安置房,盛世华府小区建设9栋单体住宅楼,涉及642套房源。\n";
        let topic = drafted("通辽", &["科尔沁区"], page);
        let fact = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("642套"))
            .expect("the estate's point");
        assert!(fact.keywords.iter().any(|k| k == "盛世华府"), "{fact:?}");
    }

    #[test]
    fn the_same_day_is_the_day_named_before() {
        let page = "乌兰察布\n\n# 呼和浩特东至乌兰察布段高铁开通运营\n\n\
                    本报讯 记者陈力 齐慧报道:8月3日上午10时18分,首列高铁D6980次列车驶出呼和浩特东火车站。\n\n\
                    当日开通运营的呼和浩特东至乌兰察布段高铁线路全长126公里,运行时间40分钟。\n";
        let topic = drafted("乌兰察布", &["卓资县"], page);
        let fact = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("126公里"))
            .expect("the line's point");
        assert!(fact.answer.starts_with("8月3日开通运营的"), "{fact:?}");
        assert!(fact.figures.iter().any(|(_, v)| v == "8月3日"), "{fact:?}");
        // (The byline is no part of the lead's answer.)
        assert!(
            topic.facts.iter().all(|f| !f.answer.contains("记者")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn the_author_closing_the_story_is_its_reporter_whatever_follows() {
        // The photos' words after the author's bracket, one line each.
        let page = "通辽\n\n## 春运首日进出港旅客1109人\n\n\
                    春运首日,通辽机场保障航班起降24架次。\n\n\
                    确保今年的春运任务圆满完成。(通辽机场:丁宇欣)\n\n进港货物\n\n\
                    候机楼节日氛围营造\n\n出行旅客\n";
        let topic = drafted("通辽", &[], page);
        assert_eq!(topic.byline.reporters, ["丁宇欣"]);
        assert!(
            topic.facts.iter().all(|f| !f.answer.contains("氛围营造")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn the_author_in_brackets_on_a_line_under_the_story_is_its_reporter() {
        // Test page 71: (总台记者 于文波), then the site's editor.
        let page = "满洲里\n\n## 满洲里铁路口岸年内首破5000列\n\n\
                    2023年全年,满洲里铁路口岸通行中欧班列5001列。\n\n\
                    (总台记者 于文波)\n\n【编辑:胡寒笑】\n";
        let topic = drafted("呼伦贝尔", &["满洲里"], page);
        assert_eq!(topic.byline.reporters, ["于文波"]);
        assert!(
            topic.facts.iter().all(|f| !f.answer.contains("于文波")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_sites_title_between_its_lines_names_the_story() {
        // Test page 71: a breadcrumb of one step, the site's own title,
        // then its line of date and author.
        let page = "阿拉善\n\n## 孪井滩沙漠民宿可同时接待12000余人\n\n\
                    当前所在:网站首页> 舆情监督\n\n阿拉善:沙漠旅游活力四射\n\n\
                    发布时间:2024-08-18 作者:佚名 来源:内蒙古自治区政府\n\n\
                    立秋时节,走进阿拉善盟孪井滩生态移民示范区,游客络绎不绝。\n\n\
                    今年以来,孪井滩累计接待游客43.8万人次。\n";
        let topic = drafted("阿拉善", &["孪井滩"], page);
        assert_eq!(
            topic.byline.title.as_deref(),
            Some("阿拉善:沙漠旅游活力四射")
        );
        assert_eq!(topic.byline.date.as_deref(), Some("2024-08-18"));
        assert!(topic.byline.reporters.is_empty());
        assert!(
            topic
                .facts
                .iter()
                .all(|f| !f.answer.contains("当前所在") && !f.answer.contains("活力四射")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_sites_title_over_its_line_or_over_a_subtitle_names_the_story() {
        // Test page 72: the title the story ran under, right over the
        // site's line of date and source, commas and all; and a feature's
        // title over its subtitle (——…), over the text.
        let page = "通辽\n\n## 国际文化旅游节将在阿古拉草原举行\n\n\
                    明天,来通辽阿古拉草原,与你“敖包相会”\n\n\
                    发布时间:2018-08-16 16:33:22丨来源:中国网草原频道丨作者:苏文彦丨责任编辑:苏文彦\n\n\
                    国际文化旅游节将于8月17-18日在科左后旗阿古拉举行。\n\n\
                    本次活动由20多项系列活动组成。\n";
        let topic = drafted("通辽", &["阿古拉"], page);
        assert_eq!(
            topic.byline.title.as_deref(),
            Some("明天,来通辽阿古拉草原,与你“敖包相会”")
        );
        assert_eq!(topic.byline.reporters, ["苏文彦"]);
        assert!(
            topic.answer.starts_with("国际文化旅游节"),
            "{}",
            topic.answer
        );
        let page = "兴安盟\n\n## 兴安盟水稻测产三个品系均增产\n\n\
                    种好“塞外粮” 丰盛“中国碗”\n\n\
                    ——兴安盟农业生产稳收稳升再遇丰年\n\n\
                    这边“只见良田万顷平”,眼下,兴安大地金黄沃野,百粮皆丰。\n\n\
                    9月27日,兴安盟袁隆平院士工作站测产,最高亩产717.56公斤。\n";
        let topic = drafted("兴安盟", &["兴安"], page);
        assert_eq!(
            topic.byline.title.as_deref(),
            Some("种好“塞外粮” 丰盛“中国碗”——兴安盟农业生产稳收稳升再遇丰年")
        );
        assert!(topic.answer.starts_with("这边"), "{}", topic.answer);
    }

    #[test]
    fn a_title_over_the_dateline_names_the_story() {
        // Test page 73: the site's links, then the title the story ran
        // under, over a dateline with names alone in its brackets.
        let page = "阿拉善\n\n## 179户770人迁出11个嘎查 阿拉善左旗农牧民扶贫搬迁\n\n\
                    相关文章\n友情链接\n\n阿拉善左旗为生态脆弱区的农牧民搬家\n\n\
                    阿拉善9月10日电 (乌瑶 包秀文)10日,记者从内蒙古阿拉善盟宣传部获悉,今年阿拉善左旗将对770名农牧民进行扶贫搬迁。\n\n\
                    据了解,移民扶贫工程涉及阿拉善左旗移民179户770人。\n";
        let topic = drafted("阿拉善", &["阿拉善左旗"], page);
        assert_eq!(
            topic.byline.title.as_deref(),
            Some("阿拉善左旗为生态脆弱区的农牧民搬家")
        );
        assert_eq!(topic.byline.reporters, ["乌瑶", "包秀文"]);
        assert!(topic.answer.starts_with("10日"), "{}", topic.answer);
    }

    #[test]
    fn a_thing_said_as_this_one_is_named_by_the_name_before() {
        // Test page 81: 自该系统于2014年年初上线以来 speaks of the
        // PVS450乘用车安全检查系统 its paragraph named before (not of the
        // 高通过率乘用车检查系统 it is said to be); the answer names it, and
        // readers ask by its name.
        let t = drafted(
            "呼伦贝尔",
            &["满洲里"],
            "呼伦贝尔\n\n# 满洲里公路口岸查出走私合金62公斤\n\n本报讯 满洲里海关在满洲里口岸截获一起隐蔽夹藏合金案，涉案合金达62公斤。\n\n据悉，PVS450乘用车安全检查系统是一种新型的高通过率乘用车检查系统，它发出的双能X射线可快速形成彩色扫描图像，对于帮助海关检查人员定位毒品和爆炸物在车体的位置具有重要作用。自该系统于2014年年初上线以来，满洲里海关已经利用它先后查获了多起夹藏走私案件。\n",
        );
        let f = point_of(&t, "2014年年初");
        assert!(
            f.answer
                .contains("自PVS450乘用车安全检查系统于2014年年初上线以来"),
            "{}",
            f.answer
        );
        assert_keyword(f, |k| k == "PVS450乘用车安全检查系统", true);
    }

    fn drafted(name: &str, places: &[&str], page: &str) -> DraftTopic {
        let list = vec![region(name, places)];
        let regions = Regions::new(&list);
        let (stories, _) = page::stories("p.txt", page);
        let mut seg = Segmenter::new(&[]);
        draft(&stories[0], &regions, &mut seg, &HashSet::new()).unwrap()
    }

    #[test]
    fn a_paragraph_opening_on_a_place_far_off_is_about_that_place() {
        // Test page 61: the 15万亩 of the next sentence are the 苏木's.
        let t = drafted(
            "巴彦淖尔",
            &["乌拉特后旗"],
            "巴彦淖尔\n\n# 乌拉特后旗西补隆八棱海棠成活率超80%\n\n本报讯 西补隆林业管护中心种下八棱海棠2000亩。\n\n30公里外的乌拉特后旗巴音前达门苏木，另一场“绿色革命”正在上演。自“蚂蚁森林”项目落地已累计栽植花棒、沙柳等树种15万亩。\n",
        );
        assert_keyword(
            point_of(&t, "15万亩"),
            |k| k.contains("巴音前达门苏木"),
            true,
        );
    }

    #[test]
    fn a_name_the_headline_quotes_and_the_text_repeats_is_the_storys() {
        // Test page 61: 五站五线, which the segmenter cuts to single
        // characters, is what every point of the story is asked by.
        let t = drafted(
            "锡林郭勒",
            &["锡林浩特"],
            "锡林郭勒\n\n# 锡盟“五站五线”工程28天完成调试投运\n\n“五站五线”工程是国网蒙东电力的又一重要工程。共新建铁塔2955基，总投资45.12亿元。\n\n国网蒙东电力将“五站五线”工程投运作为重中之重，6月初开始研究制订工程启动调试方案。\n",
        );
        assert!(
            t.keywords.iter().any(|k| k == "五站五线"),
            "{:?}",
            t.keywords
        );
    }

    /// The point of `topic` whose answer holds `text`.
    #[test]
    fn a_body_whose_name_opens_with_the_region_is_asked_without_it() {
        // Test page 62: readers leave out the 内蒙古 a centre's name opens
        // with (农信信息科技中心占地多少亩).
        let t = drafted(
            "呼和浩特",
            &["和林格尔"],
            "呼和浩特\n\n## 数据中心同日开工\n\n4月26日,内蒙古农信信息科技中心奠基仪式在和林格尔新区举行,\
             项目占地面积约60亩,总投资约7.85亿元。\n",
        );
        assert_keyword(point_of(&t, "60亩"), |k| k == "农信信息科技中心", true);
    }

    #[test]
    fn a_name_read_on_into_the_word_after_it_is_the_one_named_again() {
        // Test page 63: 刘宏义手指的方向 names 刘宏义, whom the story
        // names again.
        let t = drafted(
            "阿拉善",
            &["阿左旗"],
            "阿拉善\n\n## 飞播造林\n\n\
             顺着阿左旗林工站站长刘宏义手指的方向,只见远处已是草木葱茏。\n\n\
             “每年飞播造林结束,技术人员被太阳晒得黝黑。”刘宏义回忆说。\n\n\
             这将刘宏义的记忆拉回到了上世纪80年代。\n",
        );
        assert!(
            t.facts.iter().any(|f| f.label == "刘宏义"),
            "{:?}",
            t.facts.iter().map(|f| &f.label).collect::<Vec<_>>()
        );
        assert!(!t.facts.iter().any(|f| f.label.contains("手指")));
        // (Not a Mongolian name whose first syllables the story names more
        // often, as a firm's: 额尔敦朝鲁, of 额尔敦羊业.)
        let t = drafted(
            "锡林郭勒",
            &["锡林浩特"],
            "锡林郭勒\n\n## 羊业\n\n\
             额尔敦羊业协会会长额尔敦朝鲁说,羊肉很好卖。\n\n额尔敦羊业去年卖了1万只羊。\n",
        );
        assert!(
            t.facts.iter().any(|f| f.label == "额尔敦朝鲁"),
            "{:?}",
            t.facts.iter().map(|f| &f.label).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_age_is_of_the_one_named_right_after_it() {
        // Test page 63: 37岁 is 钢额尔德尼's, not 毕德日雅's whose sister
        // the same sentence names.
        let t = drafted(
            "锡林郭勒",
            &["二连浩特"],
            "锡林郭勒\n\n## 蒙古国冷藏车经二连浩特拉蔬菜\n\n\
             傍晚时分,32岁的冷藏车司机毕德日雅驾车驶入二连浩特市,货主是他的姐姐。\
             毕德日雅说,蔬菜很好卖。\n\n\
             37岁的钢额尔德尼跑运输干了17年,这次他也是为毕德日雅的姐姐拉货。\
             “现在活太多了。”这个蒙古国司机说。“路修好了。”钢额尔德尼说。\n",
        );
        assert_eq!(point_of(&t, "37岁").label, "钢额尔德尼的年龄");
        assert_eq!(point_of(&t, "32岁").label, "毕德日雅的年龄");
    }

    fn point_of<'a>(topic: &'a DraftTopic, text: &str) -> &'a DraftFact {
        topic
            .facts
            .iter()
            .find(|f| f.answer.contains(text))
            .unwrap_or_else(|| panic!("no point holds {text}"))
    }

    /// Asserts that `f` has a keyword `pred` accepts, or (`has` false) none.
    fn assert_keyword(f: &DraftFact, pred: impl Fn(&str) -> bool, has: bool) {
        assert_eq!(f.keywords.iter().any(|k| pred(k)), has, "{:?}", f.keywords);
    }

    /// A region of the regions' file, by its name and places.
    fn region(name: &str, places: &[&str]) -> Region {
        Region {
            name: name.to_string(),
            full: format!("{name}市"),
            aliases: vec![],
            places: places.iter().map(|p| p.to_string()).collect(),
            other_names: Vec::new(),
            slug: None,
        }
    }

    #[test]
    fn a_name_of_three_after_a_role_is_not_cut_to_two() {
        // 吴铁英考证: no word of saying follows the name, so only a surname
        // and one character were read after the role; the segmenter reads
        // the name of three whole.
        let topic = drafted(
            "呼伦贝尔",
            &["满洲里"],
            "呼伦贝尔\n\n## 满洲里国门见证发展开放历程\n\n记者 丁铭\n\n致力于满洲里历史钩沉20多年的满洲里革命老区建设促进会副会长吴铁英考证史料后发现,铁路北侧所立的标志上钉有一个铁牌。\n",
        );
        let labels: Vec<&str> = topic.facts.iter().map(|f| f.label.as_str()).collect();
        assert!(labels.contains(&"吴铁英"), "{labels:?}");
        assert!(!labels.contains(&"吴铁"), "{labels:?}");
    }

    #[test]
    fn a_sites_lines_date_the_story_and_are_no_part_of_it() {
        // Test page 47: a breadcrumb and a source line over the story, an
        // editor's credit under it. Each was joined to the paragraph next
        // to it (no full stop ends them), and 08:06 run into 9月19日 dated
        // the story 69月19日.
        let topic = drafted(
            "巴彦淖尔",
            &["乌拉特后旗"],
            "巴彦淖尔\n\n## 乌拉特后旗发现禽龙类恐龙化石\n\n您当前的位置 : 内蒙古新闻网 > 新闻中心 > 巴彦淖尔\n\n本文来源: 内蒙古新闻网 20.09.2016 08:06\n\n9月19日,联合科考队在乌拉特后旗楚鲁庙地区发现了罕见的大型禽龙类恐龙化石。\n\n目前,已发掘出较完整的化石300余块,重达1000公斤。(内蒙古日报社融媒体记者王连英)\n\n[责任编辑 吴钰 ]\n",
        );
        assert!(topic.answer.starts_with("9月19日"), "{}", topic.answer);
        assert_eq!(topic.byline.date.as_deref(), Some("2016-09-20"));
        assert_eq!(topic.byline.reporters, ["王连英"]);
        for f in &topic.facts {
            assert!(
                !f.answer.contains("来源") && !f.answer.contains("责任编辑"),
                "{f:#?}"
            );
        }
    }

    #[test]
    fn a_sites_summary_the_story_repeats_is_its_overview_not_a_point() {
        // Test page 68: a breadcrumb ending in its separator (呼伦贝尔>媒体
        // 聚焦>), then the site's 摘要: the first sentences of the story,
        // again. The breadcrumb ran into the summary, and each figure of it
        // made two points.
        let topic = drafted(
            "呼伦贝尔",
            &["东山机场"],
            "呼伦贝尔\n\n## 东山机场扩建工程计划2016年10月竣工\n\n呼伦贝尔>媒体聚焦>\n\n2015-09-22 15:14:17 | 来源:呼伦贝尔日报 | 作者:庞艳 李畅\n\n摘要:9月17日,记者从呼伦贝尔机场了解到,东山机场扩建工程总建筑面积21919平方米,预测年旅客吞吐量约300万人次。\n\n近日,有海区市民致电本报,想了解机场扩建工程何时竣工?\n\n9月17日,记者从呼伦贝尔机场了解到,东山机场扩建工程总建筑面积21919平方米,预测年旅客吞吐量约300万人次。\n",
        );
        assert!(topic.answer.starts_with("9月17日"), "{}", topic.answer);
        let area: Vec<_> = topic
            .facts
            .iter()
            .filter(|f| f.answer.contains("21919平方米"))
            .collect();
        assert_eq!(area.len(), 1, "{:#?}", topic.facts);
        for f in &topic.facts {
            assert!(
                !f.answer.contains("摘要") && !f.answer.contains('>'),
                "{f:#?}"
            );
        }
    }

    #[test]
    fn a_sites_section_lines_over_the_dateline_are_no_part_of_the_story() {
        // Test pages 58 and 59: 中新社内蒙古分社 • 正文, then the section's
        // name, then the site's date over the dateline and the byline. Read
        // as text, they made a point of their own and hid the reporter.
        for section in ["盟市动态", "中新记者看内蒙古"] {
            let page = format!(
                "包头\n\n## 流转土地2300余亩投资3.5亿元 达茂旗套马沟村变身“芳菲人间”\n\n中新社内蒙古分社 • 正文\n\n{section}\n\n2023年01月09日 21:44   来源: 中新网\n\n中新网包头1月9日电 题:内蒙古西部农庄的“芳菲人间”:风景独好,烟火正俏\n\n中新网记者 张玮\n\n人间芳菲尽染,尘寰烟火正俏。这便是如今游客对套马沟村最贴近的描绘。\n\n近年来,套马沟村流转土地2300余亩,引进企业投资3.5亿元。\n"
            );
            let topic = drafted("包头", &["达茂旗"], &page);
            assert_eq!(topic.byline.reporters, ["张玮"], "{section}");
            // (The dateline's day, with the year of the site's date.)
            assert_eq!(topic.byline.date.as_deref(), Some("2023年1月9日"));
            for f in &topic.facts {
                assert!(
                    !f.answer.contains("正文") && !f.answer.contains(section),
                    "{f:#?}"
                );
            }
        }
    }

    #[test]
    fn what_the_reporter_learned_is_no_event_of_its_dates() {
        // Test page 58: 从11月8~11日 is one date, and the words before it
        // (记者…了解到) tell no event of it: one point, with its count.
        let topic = drafted(
            "呼和浩特",
            &["回民区"],
            "呼和浩特\n\n## 回民区老旧小区换上新座椅\n\n本报讯 记者当日从中山西路街道办事处了解到,从11月8~11日,辖区内的世纪御园、宏远小区、心月家园等多个老旧小区共计增设休闲座椅36张。\n",
        );
        let point = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("36张"))
            .expect("a point of 36张");
        assert!(point.answer.contains("11月8~11日"), "{point:#?}");
        assert!(
            topic.facts.iter().all(|f| !f.answer.ends_with("11日。")),
            "{:#?}",
            topic.facts
        );
    }

    #[test]
    fn a_holiday_the_headline_names_is_the_storys_word() {
        let topic = drafted(
            "乌海",
            &["海勃湾区"],
            "乌海\n\n## 乌海国庆假期旅游收入同比增长62.3%\n\n本报讯(记者 郝飚)今年国庆假期,乌海市接待游客25.8万人次,同比增长26.5%。近郊游成为乌海市民出游的主要选择。\n",
        );
        assert!(
            topic.keywords.contains(&"国庆".to_string()),
            "{:?}",
            topic.keywords
        );
        // (Not a time of the day it was printed.)
        assert!(
            !topic.keywords.contains(&"今年".to_string()),
            "{:?}",
            topic.keywords
        );
    }

    #[test]
    fn a_region_name_in_quotes_is_no_short_name_a_point_claims() {
        // 呼…伦…贝…尔 are in 呼伦湖和贝尔湖 in order, as a short name's
        // characters are in its long name; but “呼伦贝尔” is the region's
        // name, which no keyword may claim (the draft would fail the check).
        let topic = drafted(
            "呼伦贝尔",
            &["新巴尔虎右旗"],
            "呼伦贝尔\n\n## 新巴尔虎右旗游牧文化那达慕开幕\n\n本报讯(记者 张三)新巴尔虎右旗位于呼伦贝尔大草原,其境内的呼伦湖和贝尔湖是“呼伦贝尔”地名的由来。近千名牧民参加了这次那达慕,比赛有赛马、摔跤等12个项目。\n",
        );
        let claimed: Vec<&String> = topic
            .keywords
            .iter()
            .chain(topic.facts.iter().flat_map(|f| &f.keywords))
            .filter(|w| w.as_str() == "呼伦贝尔")
            .collect();
        assert!(claimed.is_empty(), "{:#?}", topic.facts);
    }

    #[test]
    fn provinces_counted_with_their_brackets_are_the_label() {
        let topic = drafted(
            "乌海",
            &["海勃湾区"],
            "乌海\n\n# 运动会在沙坡头举办\n\n运动会吸引了来自北京、江苏、宁夏等13个省（区、市）的1190名运动员参赛。\n",
        );
        let labels: Vec<&str> = topic
            .facts
            .iter()
            .flat_map(|f| f.figures.iter().map(|(label, _)| label.as_str()))
            .collect();
        assert!(labels.contains(&"省区市"), "{labels:?}");
        assert!(!labels.contains(&"宁夏"), "{labels:?}");
    }

    #[test]
    fn what_a_person_did_at_the_event_is_no_part_of_their_name() {
        let topic = drafted(
            "呼和浩特",
            &["赛罕区"],
            "呼和浩特\n\n# 国家区域医疗中心开工\n\n2025年3月9日,北京友谊医院内蒙古医院建设项目开工。\
             仪式由自治区卫生健康委党组成员、副主任隋晓杰主持。\n",
        );
        let labels: Vec<&str> = topic.facts.iter().map(|f| f.label.as_str()).collect();
        assert!(labels.contains(&"隋晓杰"), "{labels:?}");
    }

    #[test]
    fn no_keyword_opens_another_regions_name() {
        let list = vec![
            region("乌兰察布", &["兴和县"]),
            region("兴安盟", &["乌兰浩特"]),
            region("锡林郭勒", &["乌拉盖"]),
        ];
        let regions = Regions::new(&list);
        // In a 锡林郭勒 story about 乌兰毛都草原, 乌兰 would answer for two others.
        assert!(!regions.allows("乌兰", 2));
        assert!(regions.allows("乌兰毛都草原", 2));
        assert!(regions.allows("乌拉盖", 2));
        assert!(!regions.allows("乌兰浩特", 2));
        assert!(regions.allows("乌兰浩特", 1));
        assert!(regions.allows("草原", 2));
    }

    #[test]
    fn a_number_and_a_character_name_the_terms_a_point_quotes() {
        let page = "包头\n\n# 包头“两都”建设快马加鞭\n\n\
                    前不久,包头市召开全市重大项目观摩推进会,利用两天时间进行集中观摩评比。\
                    今年以来,包头市围绕打造“世界稀土之都”“世界绿色硅都”的目标,\
                    全力打造稀土、硅两大旗帜型产业集群。\n";
        let topic = drafted("包头", &["达茂旗"], page);
        let asked: Vec<&str> = topic
            .facts
            .iter()
            .filter(|f| f.keywords.contains(&"两都".to_string()))
            .map(|f| f.answer.as_str())
            .collect();
        assert_eq!(asked.len(), 1, "{:?}", topic.facts);
        assert!(asked[0].contains("世界稀土之都"), "{asked:?}");
    }

    #[test]
    fn a_change_with_no_subject_is_of_the_sentence_before() {
        let page = "阿拉善\n\n# 策克口岸\n\n\
                    到“十一五”末,策克口岸累计进出口货物1637万吨。比“十五”期间增长326%。\n";
        let topic = drafted("阿拉善", &["额济纳旗"], page);
        let change = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("326%"))
            .expect("the change's point");
        assert!(
            change.keywords.contains(&"进出口".to_string()),
            "{:?}",
            change.keywords
        );
    }

    #[test]
    fn a_papers_lines_over_and_under_a_story_are_no_part_of_it() {
        // Test page 51: the paper and its date, the title the story first
        // ran under, and the credits under it, on lines of their own.
        let page = "乌兰察布\n\n# 凉城县旅游收入达4亿元\n\n\
                    乌兰察布日报 2019-04-09 00:00:00\n\n\
                    原标题:凉城县第三产业发展势头强\n\n\
                    近年来,凉城县旅游业全年接待游客130万人(次),旅游收入达4亿元。\n\n\
                    记者:王磊\n编辑:王婷\n审核:陈焕坤\n";
        let topic = drafted("乌兰察布", &["凉城县"], page);
        assert!(topic.answer.starts_with("近年来"), "{}", topic.answer);
        assert_eq!(topic.byline.reporters, ["王磊"]);
        assert_eq!(topic.date.as_deref(), Some("2019-04-09"));
        assert!(
            topic.keywords.iter().any(|k| k == "第三产业"),
            "{:?}",
            topic.keywords
        );
        for f in &topic.facts {
            assert!(!f.answer.contains("王婷"), "{}", f.answer);
        }
    }

    #[test]
    fn a_bare_project_is_the_body_its_paragraph_named_before() {
        let page = "呼和浩特\n\n# 赛罕区新建学校\n\n\
                    新建哈达路小学,项目选址赛罕区包头东街以南,总用地面积38.489亩。\
                    项目估算投资9000万元,计划2021年9月开工。\n\n\
                    项目建成后可提供学位1080个。\n";
        let topic = drafted("呼和浩特", &["赛罕区"], page);
        let cost = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("9000万元"))
            .expect("the cost's point");
        assert!(
            cost.answer.contains("哈达路小学项目估算投资"),
            "{}",
            cost.answer
        );
        // (A paragraph that names no body before its 项目 stays as printed.)
        let seats = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("1080个"))
            .expect("the seats' point");
        assert!(seats.answer.starts_with("项目建成后"), "{}", seats.answer);
    }

    #[test]
    fn a_bare_park_is_the_body_its_paragraph_named_before() {
        // Test page 62: 园区 opens a sentence on the project named before.
        let page = "呼和浩特\n\n# 数据中心同日开工\n\n\
                    中国银行金融科技中心和林格尔新区项目占地464亩,总投资约113亿元。\
                    园区按功能分为运维研发区、机房区,共容纳16幢数据中心。\n";
        let topic = drafted("呼和浩特", &["和林格尔"], page);
        let park = point_of(&topic, "16幢");
        assert!(
            park.answer.starts_with("中国银行金融科技中心"),
            "{}",
            park.answer
        );
        assert_keyword(park, |k| k.starts_with("中国银行金融科技中心"), true);
        // (A firm's is not: the 园区 is the park the firm builds.)
        let page = "包头\n\n# 健康产业园开工\n\n\
                    贵州泰豪集团有限公司投资10亿元建设健康产业园。\
                    园区围绕中蒙药现代化建设健康管理服务平台。\n";
        let topic = drafted("包头", &["九原区"], page);
        let park = point_of(&topic, "中蒙药");
        assert!(park.answer.starts_with("园区"), "{}", park.answer);
    }

    #[test]
    fn a_bare_project_is_the_firms_project_named_before() {
        let page = "通辽\n\n# 天然气液化项目已完成30%工程量\n\n\
                    在科左后旗化工集中区,盈通能源有限责任公司日处理240万方天然气液化项目正拔地而起。\
                    项目今年3月开工,预计2026年投产。\n";
        let topic = drafted("通辽", &["科左后旗"], page);
        let opening = point_of(&topic, "2026年");
        // (Not 天然气液化项目项目.)
        assert!(
            opening.answer.starts_with("天然气液化项目今年3月开工"),
            "{}",
            opening.answer
        );
        assert_keyword(opening, |k| k == "盈通能源", true);
    }

    #[test]
    fn the_places_of_a_persons_title_ask_for_them() {
        // (云峰在胡尔勒镇是干啥的 asks of the point on him.)
        let page = "兴安盟\n\n# 稻菜产业富了农户\n\n\
                    胡尔勒镇镇长云峰介绍,全镇种植水稻3万亩。\n";
        let topic = drafted("兴安盟", &["扎赉特旗"], page);
        let him = topic
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Person)
            .expect("the point on 云峰");
        assert_keyword(him, |k| k == "胡尔勒镇", true);
    }

    #[test]
    fn a_firm_is_asked_without_its_legal_form_and_its_ending_is_its_own() {
        let page = "包头\n\n# 九原区重大项目加速推进\n\n\
                    在内蒙古瀚海半导体有限公司碳化硅晶体产业化项目现场,记者看到5栋标准化厂房已完成建设。\
                    广厦石油集团有限公司年产30万吨成品油项目已经进入设备调试阶段。\n";
        let topic = drafted("包头", &["九原区"], page);
        // (瀚海半导体项目建成后…: asked by the name readers say.)
        assert_keyword(point_of(&topic, "5栋"), |k| k == "瀚海半导体", true);
        // (The 公司 of 广厦石油集团有限公司 speaks of no firm named before.)
        assert_keyword(point_of(&topic, "30万吨"), |k| k.contains("瀚海"), false);
    }

    #[test]
    fn a_paragraph_tells_of_the_body_it_opens_on_until_it_turns_to_another() {
        let page = "呼和浩特\n\n# 赛罕区续建新建5所学校\n\n\
                    记者了解到,南门外小学二分校已于2020年11月18日封顶。\
                    总建筑面积1.5115万平方米。\
                    呼和浩特市第39中学分校于2020年11月17日进场。\
                    总建筑面积34795.48平米,规划小学教学班24个。\n\n\
                    依托内蒙古额尔敦羊业股份有限公司的发展壮大,羊肉走上了餐桌。\
                    目前,建立了1个牧场、3个工厂。\n";
        let topic = drafted("呼和浩特", &["赛罕区"], page);
        let first = point_of(&topic, "1.5115万平方米");
        assert_keyword(first, |k| k == "南门外小学二分校", true);
        let second = point_of(&topic, "34795.48");
        assert_keyword(second, |k| k.ends_with("第39中学分校"), true);
        assert_keyword(second, |k| k.contains("南门外"), false);
        assert_keyword(
            point_of(&topic, "3个工厂"),
            |k| k.contains("额尔敦羊业"),
            true,
        );
    }

    #[test]
    fn the_body_a_reporter_stands_at_is_the_paragraphs_and_its_heads() {
        let page = "锡林郭勒\n\n# 旗级重点项目加紧建设\n\n\
                    近日,记者来到苏尼特右旗朱日和镇工业园区,在华兴实业有限责任公司矿热炉技改项目现场,\
                    工人们正围着冶炼炉加班加点生产。1400摄氏度的冶炼高温,8小时出一炉硅锰合金。\
                    厂长龙敬文告诉记者:“我们4月份就开始生产了,每月能产出3000吨。”\n";
        let topic = drafted("锡林郭勒", &["苏尼特右旗"], page);
        let heat = topic
            .facts
            .iter()
            .find(|f| f.answer.starts_with("1400摄氏度"))
            .expect("the heat's point");
        assert_keyword(heat, |k| k.starts_with("华兴实业"), true);
        // (华兴实业的厂长是谁.)
        let head = topic
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Person && f.label == "龙敬文")
            .expect("the point on 龙敬文");
        assert_keyword(head, |k| k.starts_with("华兴实业"), true);
    }

    #[test]
    fn the_parts_of_a_sentence_cut_at_its_semicolons_share_its_opening() {
        // Test page 82: 包钢十一五总计产钢多少, of the part 总计产钢4633万吨
        // cut from the sentence that names 包钢 and “十一五” before 总计产铁.
        let page = "包头\n\n# 包钢超额完成全年任务\n\n\
                    据统计,“十一五”的5年间,包钢总计产铁4525万吨,较“十五”的2665万吨的铁产量增加了1860万吨;\
                    总计产钢4633万吨,较“十五”的2672万吨增加了1961万吨;\
                    生产商品坯材4377万吨,较“十五”的2514万吨增加了1863万吨。\n";
        let topic = drafted("包头", &[], page);
        let steel = point_of(&topic, "总计产钢4633万吨");
        assert_keyword(steel, |k| k == "包钢", true);
        assert_keyword(steel, |k| k == "十一五", true);
        // (A part that goes on in words of its own shares nothing.)
        let rolled = point_of(&topic, "生产商品坯材4377万吨");
        assert_keyword(rolled, |k| k == "包钢", false);
    }

    #[test]
    fn where_someone_is_at_home_is_no_keyword() {
        // (乌伊汗家里有几匹马 asks of the point on her herd, not of the one
        // where she walks into her home.)
        let page = "锡林郭勒\n\n# 乌伊汗的萌宠视频\n\n\
                    34岁的牧民乌伊汗走进温暖的家里,掏出两只小羊羔。\
                    乌伊汗和丈夫放养300只羊、70头牛、60匹马。\n";
        let topic = drafted("锡林郭勒", &["镶黄旗"], page);
        for f in &topic.facts {
            assert!(!f.keywords.iter().any(|k| k == "家里"), "{:?}", f.keywords);
        }
        assert!(!keyword_ok("家中"));
    }

    #[test]
    fn a_paragraph_that_opens_with_a_year_dates_its_sentences() {
        let page = "赤峰\n\n# 粮食总产量首次突破130亿斤\n\n\
                    2022年,全市农作物总播种面积2325.7万亩。全市粮食总产量达到131.2亿斤,首次突破130亿斤。\n\n\
                    全市生鲜乳产量57.4万吨,同比增长19%。\n";
        let topic = drafted("赤峰", &["宁城县"], page);
        let keywords = |figure: &str| {
            topic
                .facts
                .iter()
                .find(|f| f.answer.contains(figure))
                .map(|f| f.keywords.clone())
                .unwrap_or_default()
        };
        let year = "2022年".to_string();
        assert!(keywords("131.2亿斤").contains(&year), "{:?}", topic.facts);
        // (Not a sentence of another paragraph.)
        assert!(!keywords("57.4万吨").contains(&year), "{:?}", topic.facts);
    }

    #[test]
    fn the_parts_of_a_long_sentence_say_the_year_its_first_opens_on() {
        let page = "呼伦贝尔\n\n# 阿荣旗“三化互动”引领县域经济跨越发展\n\n\
                    一串闪光的数字,见证了阿荣旗“三化互动”引领县域经济跨越发展的轨迹:2012年,\
                    阿荣旗完成地区生产总值129.2亿元,是2007年的2.7倍;固定资产投资完成100.9亿元,\
                    是2007年的3.8倍;农民人均纯收入达到1万元,是2007年的2.3倍。2012年,阿荣旗第二\
                    产业在三次产业中的比重首次以绝对的优势超过第一产业。\n";
        let topic = drafted("呼伦贝尔", &["阿荣旗"], page);
        let point = |figure: &str| {
            topic
                .facts
                .iter()
                .find(|f| f.answer.contains(figure))
                .unwrap_or_else(|| panic!("no point of {figure}: {:?}", topic.facts))
        };
        for figure in ["100.9亿元", "1万元"] {
            let p = point(figure);
            assert!(p.answer.starts_with("2012年，"), "{}", p.answer);
            assert!(
                p.keywords.contains(&"2012年".to_string()),
                "{:?}",
                p.keywords
            );
        }
        // (No point of the colon's lead alone.)
        assert!(
            !topic
                .facts
                .iter()
                .any(|f| f.answer.ends_with("轨迹：2012年。")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_project_with_no_name_is_the_one_named_before() {
        let page = "包头\n\n# 包头“两都”建设快马加鞭\n\n\
                    星波稀材新材料(包头)有限公司稀土铝合金产品制造基地项目总投资10亿元。\
                    该项目依托当地丰富的稀土资源,生产的高强高韧稀土铝合金产品将填补国内空白。\
                    目前项目正在进行主体厂房建设,预计10月可竣工。\n";
        let topic = drafted("包头", &["达茂旗"], page);
        let done = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("10月"))
            .expect("the completion's point");
        assert!(
            done.keywords.contains(&"稀土".to_string()),
            "{:?}",
            done.keywords
        );
    }

    #[test]
    fn a_story_is_asked_by_its_firms_trade_names_and_a_point_by_its_phase() {
        let page = "乌海\n\n# 总投资30亿元 京运通新材料产业园在千里山开工\n\n\
                    6月13日,总投资30亿元的京运通新材料产业园项目在乌海市开工。\
                    项目分两期建设,建设期3年。一期建设完成3GW规模,计划建设用时10个月;\
                    二期建设完成2GW规模,计划建设用时24个月。\n";
        let topic = drafted("乌海", &["海勃湾区"], page);
        assert!(
            topic.keywords.contains(&"京运通".to_string()),
            "{:?} {:?}",
            topic.keywords,
            topic.places
        );
        let phases = topic
            .facts
            .iter()
            .find(|f| f.answer.contains("24个月"))
            .expect("the phases' point");
        for p in ["一期", "二期"] {
            assert!(
                phases.keywords.contains(&p.to_string()),
                "{:?}",
                phases.keywords
            );
        }
        // A phase is no figure; two phases counted are (分两期).
        assert!(
            !phases.figures.iter().any(|(_, v)| v.ends_with('期')),
            "{:?}",
            phases.figures
        );
        assert!(
            topic
                .facts
                .iter()
                .any(|f| f.figures.iter().any(|(_, v)| v == "两期")),
            "{:?}",
            topic.facts
        );
    }

    #[test]
    fn a_firm_named_without_gongsi_is_what_qi_speaks_of() {
        let list = vec![region("乌兰察布", &["察右前旗"])];
        let regions = Regions::new(&list);
        let page = "乌兰察布\n\n# 牛舍里点点按钮就能喂牛\n\n□本报记者 张林虎\n\n\
                    清晨6点,察右前旗京西农牧业的养殖区里,饲料送入牛舍。\
                    京西农牧业的“中央厨房”,是当地肉牛养殖科学化的缩影。\
                    目前,其繁育总场存栏11500头肉牛,育肥场年出栏10000头。\n";
        let (stories, problems) = page::stories("p.txt", page);
        assert!(problems.is_empty(), "{problems:?}");
        let mut seg = Segmenter::new(&[]);
        let topic = draft(&stories[0], &regions, &mut seg, &HashSet::new()).unwrap();
        assert!(
            topic.places.contains(&"京西农牧业".to_string()),
            "{:?}",
            topic.places
        );
        let herd = topic
            .facts
            .iter()
            .find(|f| f.figures.iter().any(|(_, v)| v == "11500头"))
            .expect("the herd's point");
        assert!(
            herd.keywords.contains(&"京西农牧业".to_string()),
            "{:?}",
            herd.keywords
        );
        // The city's energy is no firm.
        let seg = Segmenter::new(&[]);
        let is_place = |w: &str| w == "鄂尔多斯";
        assert!(entity::firms(&seg, "鄂尔多斯能源好。鄂尔多斯能源多。", &is_place).is_empty());
    }

    #[test]
    fn a_short_sentence_introduces_the_next_by_its_quoted_terms() {
        let page = "兴安盟\n\n# 石磨面粉磨出好日子\n\n□本报记者 张三\n\n\
                    改变始于“联村经济”的建立。当地党委打破行政村界限,将扎木钦嘎查、格日哈达嘎查\
                    等5个嘎查的资源“握指成拳”,成立了合作社。\n\n另一段话讲别的事情,有3个村。\n";
        let topic = drafted("兴安盟", &["科右中旗"], page);
        let point = |value: &str| {
            topic
                .facts
                .iter()
                .find(|f| f.figures.iter().any(|(_, v)| v == value))
                .unwrap_or_else(|| panic!("a point on {value}"))
        };
        assert!(point("5个").keywords.contains(&"联村经济".to_string()));
        // Not across a paragraph.
        assert!(!point("3个").keywords.contains(&"联村经济".to_string()));
    }

    #[test]
    fn a_sentence_that_goes_on_about_the_one_before_is_its_point() {
        let page = "锡林郭勒\n\n# 锡林浩特机场再刷纪录\n\n本报讯(记者 李海英)\n\n\
                    7月25日,锡林浩特机场单日完成旅客吞吐量4452人次,再次刷新历史记录。\
                    这也是暑运旺季以来,机场客流持续走高的一个缩影。\n";
        let topic = drafted("锡林郭勒", &["锡林浩特"], page);
        let record = topic
            .facts
            .iter()
            .find(|f| f.figures.iter().any(|(_, v)| v == "4452人次"))
            .expect("a point on the record");
        assert!(record.answer.contains("缩影"), "{}", record.answer);
        assert!(
            record.keywords.contains(&"客流".to_string()),
            "{:?}",
            record.keywords
        );
        assert!(!topic.facts.iter().any(|f| f.answer.starts_with("这也是")));
    }

    #[test]
    fn this_is_what_the_sentence_before_closes_on_and_a_rank_is_asked_as_one() {
        let page = "阿拉善\n\n# 沙漠成世界遗产\n\n本报讯(记者 李海英)\n\n\
                    巴丹吉林沙漠是我国第三大沙漠,沙山湖泊群位于阿拉善右旗。\n\n\
                    联合国教科文组织世界遗产委员会会议把它列入名录。\n\n\
                    从半山腰徒步攀爬近1个小时,才能登上必鲁图峰。这是世界最高的沙山,海拔1611米。\n";
        let topic = drafted("阿拉善", &["阿拉善右旗"], page);
        let point = |value: &str| {
            topic
                .facts
                .iter()
                .find(|f| f.figures.iter().any(|(_, v)| v == value))
                .unwrap_or_else(|| panic!("a point on {value}: {:?}", topic.facts))
        };
        // 这是 speaks of the peak the sentence before closes on, not of the
        // organisation named last in the story.
        let height = point("1611米");
        assert!(height.answer.starts_with("必鲁图峰："), "{}", height.answer);
        assert!(height.keywords.contains(&"必鲁图峰".to_string()));
        // A rank is printed with its 第 and asked as a rank.
        assert_eq!(point("第三大").question, "巴丹吉林沙漠是我国第几大沙漠？");
    }

    #[test]
    fn the_school_a_sentence_calls_gai_xiao_is_named_and_asked_by() {
        let page = "包头\n\n# 包头学子摘金\n\n本报讯(记者 李学工)\n\n\
                    10月29日,酒店服务赛项争夺赛落下帷幕,包头服务管理职业学校捧回金奖。\
                    早在2019年,该校就拿过全国中职组酒店服务赛项一等奖。\n";
        let topic = drafted("包头", &["昆都仑区"], page);
        let before = topic
            .facts
            .iter()
            .find(|f| f.figures.iter().any(|(_, v)| v == "2019年"))
            .unwrap_or_else(|| panic!("a point on 2019年: {:?}", topic.facts));
        assert!(
            before
                .answer
                .contains("早在2019年，包头服务管理职业学校就拿过"),
            "{}",
            before.answer
        );
        assert!(
            before
                .keywords
                .iter()
                .any(|k| k.ends_with("服务管理职业学校"))
        );
    }

    #[test]
    fn a_sentence_without_a_figure_is_asked_by_the_terms_it_quotes() {
        let seg = Segmenter::new(&[]);
        let s = Sentence {
            text: "“阿拉善”在蒙古语里意为“五彩斑斓之地”。".to_string(),
            line: 1,
        };
        let fact = text_fact(&s, &seg, &|w: &str| keyword_ok(w)).expect("a point");
        assert!(
            fact.keywords.contains(&"五彩斑斓之地".to_string()),
            "{:?}",
            fact.keywords
        );
    }

    #[test]
    fn a_body_named_with_its_city_first_is_asked_without_it() {
        assert_eq!(without_city("北京友谊医院").as_deref(), Some("友谊医院"));
        assert_eq!(without_city("上海瑞金医院").as_deref(), Some("瑞金医院"));
        // Too short without it, or no body.
        assert_eq!(without_city("北京医院"), None);
        assert_eq!(without_city("北京冬奥会"), None);
    }

    #[test]
    fn places_in_the_pieces_readers_ask_by() {
        let list = vec![
            Region {
                name: "乌海".to_string(),
                full: "乌海市".to_string(),
                aliases: vec![],
                places: vec!["海南区".to_string()],
                other_names: Vec::new(),
                slug: None,
            },
            Region {
                name: "阿拉善".to_string(),
                full: "阿拉善盟".to_string(),
                aliases: vec![],
                places: vec!["阿拉善右旗".to_string()],
                other_names: Vec::new(),
                slug: None,
            },
        ];
        let regions = Regions::new(&list);
        let cases: &[(&str, &[&str])] = &[
            ("乌海市海南区黄河村", &["黄河村"]),
            ("海南区拉僧庙镇曙光村", &["拉僧庙镇", "曙光村"]),
            ("阳光田宇国际酒庄", &["阳光田宇国际酒庄"]),
            ("乌海市第八小学", &["第八小学"]),
            // A known place whole, though it opens with its region's name.
            ("阿拉善右旗", &["阿拉善右旗"]),
        ];
        for (name, expected) in cases {
            assert_eq!(regions.pieces(name), *expected, "{name}");
        }
    }

    #[test]
    fn enumerated_names() {
        let cases: &[(&str, &[&str])] = &[
            (
                "科左中旗、开鲁县、科尔沁区、奈曼旗4个旗县的“吨粮田”面积均超40万亩。",
                &["科左中旗、开鲁县、科尔沁区、奈曼旗"],
            ),
            ("提供统一技术指导、技能培训、播种、管理和收割", &[]),
            ("有华宏科技、招宝磁业两个项目", &[]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(enumerations(sentence), *expected, "{sentence}");
            for run in enumerations(sentence) {
                assert!(sentence.contains(&run), "as printed");
            }
        }
    }
}
