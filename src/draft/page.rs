//! A page into stories, and a story's text into paragraphs.
//!
//! The page layout: a region line (`通辽`), a blank line, a headline (`#` for
//! the first story, `##` for the rest), the byline, then paragraphs between
//! blank lines. Layout breaks a paragraph mid-word across a blank line, and
//! photo captions stand alone after several blank lines; both are undone
//! here.

use std::sync::LazyLock;

use regex::Regex;

use super::figure::{self, FigureKind};
use crate::knowledge::Problem;

/// A reading in pinyin a copy prints after a character, in brackets:
/// `构(gòu)建`, `产(chǎn)业(yè)`. One tone mark at least, so that a word
/// in Latin letters in brackets stays.
static PINYIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]",
    )
    .expect("pinyin pattern")
});

/// A run of non-blank lines of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The lines joined (a line broken with two trailing spaces continues).
    pub text: String,
    /// 1-based line of its first line.
    pub line: usize,
    /// Blank lines before it.
    pub blanks: usize,
}

/// One story of the page, as laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// The region line above the headline, as printed, and its line.
    pub region_line: Option<(String, usize)>,
    pub headline: String,
    pub headline_line: usize,
    /// Everything between the headline and the next story.
    pub blocks: Vec<Block>,
}

/// A paragraph of a story, rejoined across layout breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub line: usize,
}

/// The longest region line: region lines name a 盟市 (锡林郭勒盟).
const REGION_LINE: usize = 8;
/// The longest photo caption, in characters.
const CAPTION: usize = 50;
/// The longest photo caption that credits its photographer.
const CREDITED_CAPTION: usize = 100;

/// Splits a page into stories at its headlines. A page with no headline
/// cannot be split: that is a problem at its first line.
pub fn stories(path: &str, page: &str) -> (Vec<Story>, Vec<Problem>) {
    let blocks = blocks(page);
    let mut stories: Vec<Story> = Vec::new();
    let mut problems = Vec::new();
    let mut before: Vec<Block> = Vec::new();
    for block in blocks {
        let Some(headline) = headline(&block.text) else {
            match stories.last_mut() {
                // 这“10道菜”挺可口 / ——扎赉特旗精准扶贫见闻: a line right
                // under the headline that opens on a dash is its subtitle.
                Some(s) if s.blocks.is_empty() && is_subtitle(&block) => {
                    s.headline.push_str(&block.text);
                }
                Some(s) => s.blocks.push(block),
                None => before.push(block),
            }
            continue;
        };
        // The region line is the short block just above the headline.
        let above = match stories.last_mut() {
            Some(s) => &mut s.blocks,
            None => &mut before,
        };
        let region_line = match above.last() {
            Some(b) if is_region_line(&b.text) => above.pop().map(|b| (b.text, b.line)),
            _ => None,
        };
        if headline.is_empty() {
            problems.push(Problem::at(
                path,
                page,
                offset_of_line(page, block.line),
                "empty headline",
            ));
        }
        stories.push(Story {
            region_line,
            headline: headline.to_string(),
            headline_line: block.line,
            blocks: Vec::new(),
        });
    }
    if stories.is_empty() {
        problems.push(Problem::at(
            path,
            page,
            0,
            "cannot split the page into stories: no headline found (a story starts with a line `# 标题` or `## 标题`)",
        ));
    }
    for s in &stories {
        let text = |b: &Block| !is_caption(b) && b.text.chars().count() >= 10;
        if !s.blocks.iter().any(text) {
            problems.push(Problem::at(
                path,
                page,
                offset_of_line(page, s.headline_line),
                format!("story '{}' has no text under its headline", s.headline),
            ));
        }
    }
    (stories, problems)
}

fn headline(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('#')?;
    (!is_hashtag(text)).then(|| rest.trim_start_matches('#').trim())
}

/// Whether a line opens on a topic tag, `#话题#`, as sites print them
/// (#贯彻落实市第十三次党代会精神#【…】10月13日晚…): a paragraph, not a
/// heading, though it starts with `#`.
fn is_hashtag(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('#') else {
        return false;
    };
    rest.chars()
        .next()
        .is_some_and(|c| c != '#' && !c.is_whitespace())
        && rest
            .chars()
            .take(HASHTAG)
            .take_while(|c| !c.is_whitespace())
            .any(|c| c == '#')
}

/// The longest topic tag, in characters.
const HASHTAG: usize = 40;

/// The longest subtitle, in characters.
const SUBTITLE: usize = 40;

/// Whether a block right under a headline is its subtitle: one short line
/// that opens on a dash (——扎赉特旗精准扶贫见闻).
fn is_subtitle(block: &Block) -> bool {
    block.blanks == 0
        && block.text.starts_with('—')
        && block.text.chars().count() <= SUBTITLE
        && !ends_sentence(&block.text)
}

fn is_region_line(text: &str) -> bool {
    let n = text.chars().count();
    n > 0 && n <= REGION_LINE && !text.contains(['\n']) && text.chars().all(crate::text::is_han)
}

/// The page's blocks: runs of non-blank lines with the blank lines before
/// each. Lines within a run are joined without a space, since Chinese text
/// needs none where a line was broken.
pub fn blocks(page: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut blanks = 0;
    let mut open = false;
    let (mut after_site, mut broken) = (false, false);
    for (i, line) in page.lines().enumerate() {
        // (锡林浩特市构(gòu)建多元发(fā)展: the readings go.)
        let read = PINYIN.replace_all(line.trim(), "$1");
        let text = read.as_ref();
        if text.is_empty() {
            blanks += 1;
            open = false;
            continue;
        }
        // A line of a site's (检索: 帐户 密码 / 文汇网首页 | 检索 | … /
        // 2015年2月28日 星期六) stands apart from the lines around it, as
        // does a heading line; unless the line before was broken with two
        // trailing spaces (□本报记者 刘宏章  / 通讯员 徐爱翔).
        let site = !broken && super::byline::site_line(text).is_some();
        let was_broken = std::mem::replace(&mut broken, line.ends_with("  "));
        if open
            && let Some(last) = out.last_mut()
            && headline(text).is_none()
            && headline(&last.text).is_none()
            && (was_broken || !site && !after_site)
        {
            last.text.push_str(text);
            continue;
        }
        out.push(Block {
            text: text.to_string(),
            line: i + 1,
            blanks,
        });
        blanks = 0;
        open = true;
        after_site = site;
    }
    out
}

/// The byte offset of the start of 1-based line `line`.
pub fn offset_of_line(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// Whether a block is a photo caption: a short line standing alone after
/// two or more blank lines, or one that credits a photographer. A short
/// line with a count or a year in it (54岁的张利是番茄园的种植能手) is a
/// one-line paragraph of the story: captions show a scene, they do not
/// report how many or which year, unless they credit a photographer.
pub fn is_caption(block: &Block) -> bool {
    let n = block.text.chars().count();
    let credited = is_credited(block);
    let sentences = block.text.matches(['。', '！', '？']).count();
    let reports = figure::find(&block.text)
        .iter()
        .any(|f| matches!(f.kind, FigureKind::Count | FigureKind::Year));
    // A credit may be a sentence of its own (图片由…提供。), after a
    // longer description of the photo.
    let fits = if credited {
        n <= CREDITED_CAPTION && sentences <= 2
    } else {
        n <= CAPTION && sentences <= 1
    };
    // (图为…截图。该视频点赞量超5000次。: a line that points at a photo
    // and reports a figure is the story's too.)
    // So does one labelled 图: (图:外墙摊涂), however few lines stand
    // between it and the text.
    let points = ["图为", "图:", "图："]
        .iter()
        .any(|p| block.text.starts_with(p));
    fits && (credited || (block.blanks >= 2 || points) && !reports)
        && headline(&block.text).is_none()
}

/// The longest stray word line (喜悦。), in characters of text.
const STRAY_WORD: usize = 4;
/// The longest note in brackets standing alone ((资料图片)).
const STRAY_NOTE: usize = 12;

/// Whether a line is layout's, not the story's, however few blank lines
/// stand before it (unless a paragraph is open): a word or two alone
/// (喜悦。, 脱粒。: the words a photo spread prints under its pictures) or a
/// note in brackets ((资料图片), （新华社发）), or a picture's file name
/// (image.png). Else a line that reports a figure is the story's.
fn is_stray(text: &str) -> bool {
    let t = text.trim();
    if IMAGE_FILE.is_match(t) {
        return true;
    }
    if !figure::find(t).is_empty() {
        return false;
    }
    let word = t.trim_end_matches(['。', '！', '!']);
    let is_word = !word.is_empty()
        && word.chars().count() <= STRAY_WORD
        && word.chars().all(crate::text::is_han);
    let note = t
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']));
    let is_note = note.is_some_and(|n| {
        let n = n.trim();
        !n.is_empty()
            && n.chars().count() <= STRAY_NOTE
            && !n.contains(['(', '（', ')', '）', '。', '，', ','])
    });
    is_word || is_note
}

/// A picture's file name that a copied web page keeps where the photo
/// stood: image.png, IMG_20220426.JPG, 微信图片_1.jpeg.
static IMAGE_FILE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^[\w\-. ]{1,60}\.(?:png|jpe?g|gif|webp|bmp)$")
        .expect("image file pattern")
});

/// Whether a block credits a photographer (…摄, …供图, 图片由…提供) or
/// points at a photo with an arrow (▲).
fn is_credited(block: &Block) -> bool {
    // (…开幕式现场。(杜鹏 摄): the credit in brackets.)
    let t = block
        .text
        .trim_end_matches(['。', ')', '）', ' '])
        .trim_end();
    // A name of two characters to `most`, spaces aside.
    let han_word = |s: &str, most: usize| {
        let s = s.trim();
        (2..=most).contains(&s.chars().count()) && s.chars().all(crate::text::is_han)
    };
    // (民警在国门执勤 摄影/安吉拉: the credit after a slash.)
    let slashed = t.rsplit_once("摄影").is_some_and(|(_, name)| {
        name.strip_prefix(['/', '／', ':', '：'])
            .is_some_and(|n| han_word(n, 4))
    });
    // (满洲里红色展览馆。王化勇摄/光明图片: the picture agency after it.)
    let agency = t
        .rsplit_once(['/', '／'])
        .is_some_and(|(credit, agency)| credit.trim_end().ends_with('摄') && han_word(agency, 6));
    t.ends_with('摄')
        || t.ends_with("摄影")
        || agency
        || slashed
        || t.ends_with("供图")
        || t.contains("图片由") && t.ends_with("提供")
        // (…展出的「巴林鸡血石」。网上图片: a picture from the web or the
        // archive, credited to no one.)
        || ["网上图片", "网络图片", "资料图片", "资料图"]
            .iter()
            .any(|w| t.strip_suffix(w).is_some_and(|r| r.trim_end().ends_with(['。', '」', '”'])))
        || block.text.starts_with(['▲', '△', '↑'])
}

/// Whether a text ends a sentence (and so its paragraph), closing quotes
/// and brackets aside.
/// Whether a block is a subheading: a short line with no punctuation at
/// all that ends with the figure it reports (去年供港蔬菜1.5万吨). (A short
/// line without one may be a paragraph the page broke: 农民参与到甜瓜产.)
fn is_subheading(text: &str) -> bool {
    let t = text.trim();
    bare_line(t) && figure::find(t).iter().any(|f| f.end == t.len())
}

/// Whether a line is short, four to [`SUBHEADING`] characters, with no
/// punctuation of a sentence, a quote or a bracket.
fn bare_line(text: &str) -> bool {
    let t = text.trim();
    (4..=SUBHEADING).contains(&t.chars().count()) && unpunctuated(t) && !t.contains('、')
}

/// Whether a text has no punctuation of a sentence, a quote or a bracket
/// (a 、 aside).
fn unpunctuated(text: &str) -> bool {
    !text
        .chars()
        .any(|c| "，。；：！？,;:!?“”\"（）()".contains(c))
}

/// Whether a short line with no punctuation and no figure heads what
/// follows, rather than being a paragraph the page broke (农民参与到甜瓜产):
/// the next text (past photo captions) is such a line too (一线看项目 over
/// 5GW高效光伏组件项目), or opens with its words, a character or two
/// aside.
fn is_heading(block: &Block, rest: &[Block]) -> bool {
    // (A title in 《》 is no heading's.)
    let bare = |t: &str| bare_line(t) && !t.contains(['《', '》']);
    if !bare(&block.text) || is_subheading(&block.text) {
        return false;
    }
    let Some(next) = rest
        .iter()
        .find(|b| !is_caption(b) && !b.text.starts_with(['▲', '△', '↑']))
    else {
        return false;
    };
    let text = block.text.trim();
    // (扎兰屯吊桥公园 over 扎兰屯市吊桥公园被评为…: its name, said in
    // full, opens the text.)
    let opens = || {
        let mut rest = next.text.chars().take(text.chars().count() + 2);
        text.chars().all(|c| rest.any(|n| n == c))
            && next.text.chars().next() == text.chars().next()
            && next.text.chars().count() > text.chars().count() + 2
    };
    opens() || bare(&next.text) && !is_subheading(&next.text)
}

/// Whether a short line with no punctuation of a sentence (a 、 aside)
/// heads the paragraph after it rather than being its start that the page
/// broke off: no word runs across the seam (传统马产业风光不再 | 相关数据
/// 显示…, not 农民参与到甜瓜产 | 业中), and the paragraph is one of its own,
/// longer than the line and ending a sentence.
fn is_crosshead(block: &Block, rest: &[Block], joins: &dyn Fn(&str, &str) -> bool) -> bool {
    let t = block.text.trim();
    let Some(next) = rest.iter().find(|b| !is_caption(b)) else {
        return false;
    };
    (4..=CROSSHEAD).contains(&t.chars().count())
        && unpunctuated(t)
        && !t.contains(['《', '》'])
        // (Not a byline, □任阿龙, nor a numbered section's head that
        // dates it: 二、2021年元旦假日接待情况.)
        && !t.starts_with(['□', '■'])
        && !t.chars().any(|c| c.is_ascii_digit())
        && !joins(t, &next.text)
        && next.text.chars().count() > t.chars().count()
        && ends_sentence(&next.text)
}

/// A crosshead's length, at most, in characters.
const CROSSHEAD: usize = 30;

/// A subheading's length, at most, in characters.
const SUBHEADING: usize = 20;

pub fn ends_sentence(text: &str) -> bool {
    let core = text.trim_end_matches(['”', '’', '」', '』', ')', '）', '"']);
    // (…圆满完成。(通辽机场:丁宇欣): the author closing the story.)
    core.ends_with(['。', '！', '？', '!', '?', '…', '；'])
        || super::byline::closing(text).is_some()
}

/// A pointer to the page a story goes on from or to (■下转第4版, （上接第一版）).
static JUMP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[■□◆（(]?\s*(下转|上接)第?\s*[0-9一二三四五六七八九十]+\s*版\s*[）)]?")
        .expect("jump pattern")
});

/// A photo's caption that the page ran into the paragraph after it:
/// 图为二连出入境边防检查站移民管理警察查验证件。张伟 摄在当地,某国际商城…,
/// 满洲里站货场 哈铁供图满洲里铁路口岸是….
static CAPTION_RUN_IN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:图为[^。！？]{2,80}。\s*[(（]?\p{Han}{2,4}\s*摄[)）]?|[^。！？，,\s]{2,30}\s+\p{Han}{2,8}供图)",
    )
    .expect("caption pattern")
});

/// A photo's caption that a copy with no paragraph breaks runs into the
/// middle of one, after a sentence: …千家万户。图为内蒙古二连浩特市运行的
/// 风电项目。记者 李爱平 摄 「企业采用…. The caption is group 1.
static CAPTION_WITHIN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"[。！？」”]\s*(图为[^。！？「」“”]{2,80}。\s*[(（]?(?:\p{Han}{0,8}?记者\s*)?\p{Han}{2,4}\s*摄[)）]?)\s*",
    )
    .expect("caption within pattern")
});

/// The story's paragraphs, with paragraphs broken by layout rejoined and
/// photo captions set apart. `joins` tells whether two texts make one word
/// across their seam: a caption-like line that completes the word an open
/// paragraph broke off (重新测 | 量,户界分清了。) is the rest of it.
pub fn paragraphs(
    blocks: &[Block],
    joins: &dyn Fn(&str, &str) -> bool,
) -> (Vec<Paragraph>, Vec<Paragraph>) {
    let mut out: Vec<Paragraph> = Vec::new();
    let mut captions = Vec::new();
    let mut open = false;
    for (i, b) in blocks.iter().enumerate() {
        // A heading over a section (一线看项目, then 5GW高效光伏组件项目 over
        // the paragraph that opens with its name) is set apart.
        if !open && (is_heading(b, &blocks[i + 1..]) || is_crosshead(b, &blocks[i + 1..], joins)) {
            captions.push(Paragraph {
                text: b.text.clone(),
                line: b.line,
            });
            continue;
        }
        // …“三在两找”等重点任务,■下转第4版: the page's pointer to where the
        // story goes on is no part of it.
        let stripped;
        let b = if JUMP.is_match(&b.text) {
            stripped = Block {
                text: JUMP.replace_all(&b.text, "").trim().to_string(),
                ..b.clone()
            };
            if stripped.text.is_empty() {
                continue;
            }
            &stripped
        } else {
            b
        };
        // (The caption is set apart; the rest opens a paragraph.)
        let after_caption;
        let b = match CAPTION_RUN_IN.find(&b.text) {
            Some(m) if m.end() < b.text.len() && !open => {
                captions.push(Paragraph {
                    text: m.as_str().to_string(),
                    line: b.line,
                });
                after_caption = Block {
                    text: b.text[m.end()..].trim().to_string(),
                    ..b.clone()
                };
                &after_caption
            }
            _ => b,
        };
        let within;
        let b = if CAPTION_WITHIN.is_match(&b.text) {
            let mut text = b.text.clone();
            while let Some(c) = CAPTION_WITHIN.captures(&text).and_then(|c| c.get(1)) {
                captions.push(Paragraph {
                    text: c.as_str().to_string(),
                    line: b.line,
                });
                let (at, end) = (c.start(), c.end());
                let tail = text[end..].trim_start().to_string();
                text.truncate(at);
                text.push_str(&tail);
            }
            within = Block { text, ..b.clone() };
            &within
        } else {
            b
        };
        let rest =
            open && !is_credited(b) && out.last().is_some_and(|last| joins(&last.text, &b.text));
        if is_caption(b) && !rest || !open && is_stray(&b.text) {
            captions.push(Paragraph {
                text: b.text.clone(),
                line: b.line,
            });
            continue;
        }
        match out.last_mut() {
            // The page broke the paragraph: 为产业跨越提供研 | 发支撑。
            Some(last) if open => last.text.push_str(&b.text),
            _ => out.push(Paragraph {
                text: b.text.clone(),
                line: b.line,
            }),
        }
        // (A subheading between paragraphs, 去年供港蔬菜1.5万吨, opens
        // none: the paragraph after it is one of its own.)
        open = !ends_sentence(&b.text) && (open || !is_subheading(&b.text));
    }
    (out, captions)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "\n\n通辽\n\n# 123个服务站\n\n□本报记者 霍晓庆\n\n第一段,先\n\n后有100多名灵活就业人员实现增收。\n\n\n\n居民在家门口就业。\n\n\n\n第二段接着叙述。它有两句话,不会被当作图片说明。\n\n赤峰\n\n## 医保基金即时结算\n\n□本报记者 刘宏章  \n通讯员 徐爱翔\n\n正文一段,医保基金即时结算。\n";

    #[test]
    fn readings_in_pinyin_go() {
        let blocks =
            blocks("锡林浩特市构(gòu)建多元发(fā)展、现(xiàn)代产(chǎn)业(yè)体系(CBD)。\n");
        assert_eq!(
            blocks[0].text,
            "锡林浩特市构建多元发展、现代产业体系(CBD)。"
        );
    }

    #[test]
    fn a_page_splits_at_its_headlines() {
        let (stories, problems) = stories("p.txt", PAGE);
        assert!(problems.is_empty(), "{problems:?}");
        let got: Vec<(Option<&str>, &str, usize, usize)> = stories
            .iter()
            .map(|s| {
                (
                    s.region_line.as_ref().map(|r| r.0.as_str()),
                    s.headline.as_str(),
                    s.headline_line,
                    s.blocks.len(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("通辽"), "123个服务站", 5, 5),
                (Some("赤峰"), "医保基金即时结算", 23, 2),
            ]
        );
        // A byline broken after two spaces is one block.
        assert_eq!(stories[1].blocks[0].text, "□本报记者 刘宏章通讯员 徐爱翔");
    }

    #[test]
    fn a_hashtag_opening_a_paragraph_is_no_headline() {
        // Test page 60: a paragraph may open on a site's topic tag,
        // #贯彻落实市第十三次党代会精神#, which is text, not a heading.
        let page = "包头\n\n## 青松小区“创城”里的物业人\n\n#贯彻落实市第十三次党代会精神#【凡人小事】10月13日晚,一则消息被大量转发。\n\n昆区青松小区有7个区、110栋楼。\n";
        let (stories, problems) = stories("p.txt", page);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].blocks.len(), 2);
        assert!(stories[0].blocks[0].text.starts_with("#贯彻"));
        // A headline written without its space is still one.
        let (stories, _) = super::stories(
            "p.txt",
            "通辽\n\n#123个服务站\n\n正文一段,服务站在家门口。\n",
        );
        assert_eq!(stories[0].headline, "123个服务站");
    }

    #[test]
    fn a_subtitle_under_the_headline_is_part_of_it() {
        let page = "兴安盟\n\n## 这“10道菜”挺可口\n——扎赉特旗精准扶贫见闻\n\n□本报记者 张彥钦\n\n正文一段,扶贫菜单。\n";
        let (stories, problems) = stories("p.txt", page);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            stories[0].headline,
            "这“10道菜”挺可口——扎赉特旗精准扶贫见闻"
        );
        assert_eq!(stories[0].blocks[0].text, "□本报记者 张彥钦");
    }

    #[test]
    fn paragraphs_are_rejoined_and_captions_set_apart() {
        let (stories, _) = stories("p.txt", PAGE);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks[1..], &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "第一段,先后有100多名灵活就业人员实现增收。",
                "第二段接着叙述。它有两句话,不会被当作图片说明。"
            ]
        );
        let captions: Vec<&str> = captions.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(captions, vec!["居民在家门口就业。"]);
        assert_eq!(paragraphs[0].line, 9);
    }

    #[test]
    fn captions_labelled_as_photos_are_set_apart_above_the_text() {
        let page = "呼和浩特\n\n## 老旧小区改造\n\n图:外墙摊涂\n\n图：抓紧施工\n\n\
                    8月11日,记者从呼和浩特市住建局了解到,改造共计272个小区。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["8月11日,记者从呼和浩特市住建局了解到,改造共计272个小区。"]
        );
        let captions: Vec<&str> = captions.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(captions, ["图:外墙摊涂", "图：抓紧施工"]);
    }

    #[test]
    fn a_subheading_opens_no_paragraph() {
        let page = "乌兰察布\n\n# 冷凉蔬菜端上香港餐桌\n\n本报讯 蔬菜深受香港市民的喜爱。\n\n\
                    去年供港蔬菜1.5万吨\n\n据关慧明介绍,当地重点发展西兰花。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, _) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "本报讯 蔬菜深受香港市民的喜爱。",
                "去年供港蔬菜1.5万吨",
                "据关慧明介绍,当地重点发展西兰花。"
            ]
        );
    }

    #[test]
    fn a_heading_over_a_section_is_set_apart() {
        // Test page 74: a section's heading, then a project's name over the
        // paragraph that opens with it, photos' captions between.
        let page = "鄂尔多斯\n\n# 项目开复工\n\n3月21日,项目同时开复工。\n\n一线看项目\n\n\
                    5GW高效光伏组件项目\n\n▲ 项目现场\n\n\
                    5GW高效光伏组件项目总投资约25亿元。\n\n\
                    农民参与到甜瓜产\n\n业中来,收入翻了一番。\n\n扎兰屯吊桥公园\n\n\
                    扎兰屯市吊桥公园被评为国家AAAA级旅游景区。\n";
        let (stories, _) = stories("p.txt", page);
        // (甜瓜产 | 业: the segmenter reads 产业 across the seam.)
        let joins = |a: &str, b: &str| a.ends_with('产') && b.starts_with('业');
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &joins);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "3月21日,项目同时开复工。",
                "5GW高效光伏组件项目总投资约25亿元。",
                "农民参与到甜瓜产业中来,收入翻了一番。",
                "扎兰屯市吊桥公园被评为国家AAAA级旅游景区。"
            ]
        );
        assert_eq!(captions.len(), 4, "{captions:?}");
    }

    #[test]
    fn a_crosshead_is_set_apart() {
        // Test page 91: crossheads over a story's sections, which no word
        // runs across into the paragraph after (不再 | 相关).
        let page = "锡林郭勒\n\n# 改良蒙古马\n\n赛马、旅游和马产品综合开发成为发展马产业的三大板块\n\n\
                    看着自己改良的蒙古马一天天长大,这让牧民赛吉拉胡欣喜不已。\n\n\
                    传统马产业风光不再\n\n相关数据显示,1975年,内蒙古的马匹数量为239万匹。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "看着自己改良的蒙古马一天天长大,这让牧民赛吉拉胡欣喜不已。",
                "相关数据显示,1975年,内蒙古的马匹数量为239万匹。",
            ]
        );
        assert_eq!(captions.len(), 2, "{captions:?}");
    }

    #[test]
    fn a_caption_credited_in_brackets_is_a_caption() {
        let page = "呼伦贝尔\n\n# 伊萨仁开幕\n\n本报讯 27日,冰雪“伊萨仁”开幕。\n\n\
                    冰雪“伊萨仁”第十届开幕式现场。(杜鹏 摄)\n\n刚体验完射箭的游客程蕾说,太震撼了。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        assert_eq!(captions.len(), 1, "{paragraphs:?}");
        assert_eq!(paragraphs.len(), 2);
        assert!(paragraphs[1].text.starts_with("刚体验完"));
    }

    #[test]
    fn a_caption_credited_with_its_picture_agency_is_a_caption() {
        // Test page 61: 王化勇摄/光明图片, one blank line from the text.
        let page = "呼伦贝尔\n\n# 红色交通线\n\n1903年,中东铁路全线贯通。\n\n\
                    满洲里红色展览馆。王化勇摄/光明图片\n\n中国共产党建立之后,开辟了交通线。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        assert_eq!(captions.len(), 1, "{paragraphs:?}");
        assert_eq!(paragraphs[1].text, "中国共产党建立之后,开辟了交通线。");
    }

    #[test]
    fn a_caption_of_a_picture_from_the_web_is_a_caption() {
        // Test page 72: ■…。网上图片, one blank line from the text.
        let page = "赤峰\n\n# 巴林鸡血王\n\n■巴林石博物馆展出的「巴林鸡血石」。网上图片\n\n\
                    近两年,内蒙古巴林右旗的巴林石价格一路高涨。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        assert_eq!(captions.len(), 1, "{paragraphs:?}");
        assert_eq!(
            paragraphs[0].text,
            "近两年,内蒙古巴林右旗的巴林石价格一路高涨。"
        );
    }

    #[test]
    fn a_caption_run_into_the_middle_of_a_paragraph_is_set_apart() {
        // Test page 71: a copy with no paragraph breaks, the caption and
        // its credit between two sentences.
        let page = "锡林郭勒\n\n# 风电\n\n正在借风发电。点亮千家万户。图为内蒙古二连浩特市运行的风电项目。记者 李爱平 摄 「企业采用风电机组。」王强说。\n";
        let (found, _) = stories("p.txt", page);
        let (texts, captions) = paragraphs(&found[0].blocks, &|_, _| false);
        assert_eq!(
            texts[0].text,
            "正在借风发电。点亮千家万户。「企业采用风电机组。」王强说。"
        );
        assert_eq!(
            captions[0].text,
            "图为内蒙古二连浩特市运行的风电项目。记者 李爱平 摄"
        );
        // A 图为 with no credit after it is the story's own words.
        let page = "锡林郭勒\n\n# 风电\n\n正在借风发电。图为大家熟悉的景象。王强说。\n";
        let (found, _) = stories("p.txt", page);
        let (texts, captions) = paragraphs(&found[0].blocks, &|_, _| false);
        assert_eq!(texts[0].text, "正在借风发电。图为大家熟悉的景象。王强说。");
        assert!(captions.is_empty());
    }

    #[test]
    fn a_caption_run_into_the_paragraph_after_it_is_set_apart() {
        let page = "锡林郭勒\n\n# 口岸业务忙\n\n本报讯 每天都有7000余人次入境。\n\n\
                    图为移民管理警察查验证件。张伟 摄在当地,某国际商城是综合商城。\n";
        let (found, _) = stories("p.txt", page);
        let (texts, captions) = paragraphs(&found[0].blocks, &|_, _| false);
        let texts: Vec<&str> = texts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "本报讯 每天都有7000余人次入境。",
                "在当地,某国际商城是综合商城。"
            ]
        );
        assert_eq!(captions[0].text, "图为移民管理警察查验证件。张伟 摄");
        let page = "呼伦贝尔\n\n# 换装作业压缩至8小时\n\n本报讯 一季度运量548.48万吨。\n\n\
                    满洲里站货场 哈铁供图满洲里铁路口岸是中国规模最大的铁路口岸。\n";
        let (found, _) = stories("p.txt", page);
        let (texts, captions) = paragraphs(&found[0].blocks, &|_, _| false);
        assert_eq!(texts[1].text, "满洲里铁路口岸是中国规模最大的铁路口岸。");
        assert_eq!(captions[0].text, "满洲里站货场 哈铁供图");
    }

    #[test]
    fn a_pointer_to_another_page_is_no_part_of_the_story() {
        let page = "包头\n\n# 项目建设\n\n本报讯 包头市抓好项目建设、招商引资等重点任务,■下转第4版\n\n\
                    （上接第一版）全市新开工项目120个。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, _) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["本报讯 包头市抓好项目建设、招商引资等重点任务,全市新开工项目120个。"]
        );
    }

    #[test]
    fn a_caption_like_line_that_completes_a_broken_word_is_text() {
        let (stories, _) = stories(
            "p.txt",
            "通辽\n\n# 标题\n\n第一段写到一半,重新测\n\n\n\n量,分清了。\n\n\n\n牧民在草场上放牧。\n",
        );
        // Only 测|量 makes one word here.
        let joins = |a: &str, b: &str| a.ends_with('测') && b.starts_with('量');
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &joins);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, vec!["第一段写到一半,重新测量,分清了。"]);
        let captions: Vec<&str> = captions.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(captions, vec!["牧民在草场上放牧。"]);
    }

    #[test]
    fn a_short_line_that_reports_a_count_or_a_year_is_no_caption() {
        let block = |text: &str| Block {
            text: text.to_string(),
            line: 1,
            blanks: 3,
        };
        for (text, caption) in [
            ("54岁的张利是番茄园的种植能手,去年被评为“番茄王”。", false),
            ("2013年,他获得中国青年五四奖章。", false),
            ("牧民们在合作社的草场上转场放牧。", true),
            ("9月30日,游客在湖边拍照。", true),
            ("两名工人在车间里忙碌。 李宁 摄", true),
        ] {
            assert_eq!(is_caption(&block(text)), caption, "{text}");
        }
    }

    #[test]
    fn stray_words_and_notes_in_brackets_are_no_part_of_the_story() {
        // A photo spread's words under its pictures, one blank line apart,
        // and a note in brackets before the text.
        let page = "兴安盟\n\n## 玉米喜获丰收\n\n喜悦。\n\n剥皮。\n\n(资料图片)\n\n\
                    突泉县坚持“富民为本”原则。\n\n玉米亩收益达到1000元。\n\n丰收。\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["突泉县坚持“富民为本”原则。", "玉米亩收益达到1000元。"]
        );
        assert_eq!(captions.len(), 4);
        // A short line that completes a broken paragraph is its rest, and
        // a short line with a figure is the story's.
        let page = "呼和浩特\n\n## 丰收节\n\n农民参与到甜瓜产\n\n业发展中。\n\n共5家。\n";
        let (broken, _) = super::stories("p.txt", page);
        let joins = |a: &str, b: &str| a.ends_with('产') && b.starts_with('业');
        for joins in [&joins as &dyn Fn(&str, &str) -> bool, &|_, _| false] {
            let (rejoined, _) = super::paragraphs(&broken[0].blocks, joins);
            let texts: Vec<&str> = rejoined.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts, vec!["农民参与到甜瓜产业发展中。", "共5家。"]);
        }
    }

    #[test]
    fn an_image_file_name_left_on_the_page_is_no_part_of_the_story() {
        // A copied web page keeps its picture's file name where the photo
        // stood (image.png); the paragraph after it opens on its own.
        let page = "呼和浩特\n\n## 数据中心开工\n\n项目占地面积约60亩。\n\nimage.png\n\n\
                    同一日,信息园也正式开工。\n\nIMG_20220426.JPG\n\n微信图片_1.jpeg\n";
        let (stories, _) = stories("p.txt", page);
        let (paragraphs, captions) = paragraphs(&stories[0].blocks, &|_, _| false);
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["项目占地面积约60亩。", "同一日,信息园也正式开工。"]
        );
        assert_eq!(captions.len(), 3);
    }

    #[test]
    fn a_page_without_headlines_is_a_problem_at_its_first_line() {
        let (stories, problems) = stories("k/p.txt", "通辽\n\n一段文字。\n");
        assert!(stories.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .to_string()
                .starts_with("k/p.txt:1:1: cannot split the page"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_story_without_text_is_a_problem_at_its_headline() {
        let (_, problems) = stories(
            "k/p.txt",
            "通辽\n\n# 标题\n\n赤峰\n\n## 第二篇\n\n正文第一段有十个字以上。\n",
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .to_string()
                .starts_with("k/p.txt:3:1: story '标题' has no text"),
            "{problems:?}"
        );
    }

    #[test]
    fn sentence_ends() {
        for (text, ends) in [
            ("发支撑。", true),
            ("赵亚凡说。”", true),
            ("任重道远……", true),
            ("先", false),
            ("“线上+线下”融", false),
            ("“中国冷极”", false),
            ("任务圆满完成。(通辽机场:丁宇欣)", true),
        ] {
            assert_eq!(ends_sentence(text), ends, "{text}");
        }
    }
}
