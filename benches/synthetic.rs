//! A synthetic knowledge base of realistic shape: 10,000 stories over the 12
//! 盟市, each with its places, topic words and facts with figures, built
//! from Chinese vocabulary of the kind regional news uses.

use nmg_bot::knowledge::{
    Fact, FactKind, Figure, KnowledgeBase, Region, RegionId, Settings, Source, Topic,
};

const REGIONS: &[(&str, &str)] = &[
    ("呼和浩特", "呼和浩特市"),
    ("包头", "包头市"),
    ("乌海", "乌海市"),
    ("赤峰", "赤峰市"),
    ("通辽", "通辽市"),
    ("鄂尔多斯", "鄂尔多斯市"),
    ("呼伦贝尔", "呼伦贝尔市"),
    ("巴彦淖尔", "巴彦淖尔市"),
    ("乌兰察布", "乌兰察布市"),
    ("兴安盟", "兴安盟"),
    ("锡林郭勒", "锡林郭勒盟"),
    ("阿拉善", "阿拉善盟"),
];
const PLACE_HEADS: &[&str] = &[
    "红山",
    "科尔沁",
    "巴林",
    "扎鲁特",
    "达拉特",
    "准格尔",
    "乌审",
    "杭锦",
    "海拉尔",
    "满洲里",
    "牙克石",
    "扎兰屯",
    "额尔古纳",
    "根河",
    "临河",
    "五原",
    "磴口",
    "集宁",
    "丰镇",
    "卓资",
    "化德",
    "商都",
    "兴和",
    "凉城",
    "锡林浩特",
    "二连浩特",
    "多伦",
    "阿巴嘎",
    "苏尼特",
    "太仆寺",
    "额济纳",
    "阿尔山",
    "突泉",
    "宁城",
    "敖汉",
    "翁牛特",
    "林西",
    "克什克腾",
    "喀喇沁",
    "开鲁",
    "奈曼",
    "库伦",
    "霍林郭勒",
    "固阳",
    "土默特",
    "托克托",
    "和林格尔",
    "清水河",
    "武川",
];
const PLACE_TAILS: &[&str] = &[
    "镇",
    "街道",
    "社区",
    "嘎查",
    "工业园",
    "景区",
    "中学",
    "医院",
    "合作社",
    "牧场",
];
const SUBJECTS: &[&str] = &[
    "就业",
    "医保",
    "养老",
    "教育",
    "研发",
    "专利",
    "生态",
    "治沙",
    "草原",
    "湿地",
    "旅游",
    "文旅",
    "乳业",
    "肉羊",
    "马铃薯",
    "葵花",
    "玉米",
    "小麦",
    "光伏",
    "风电",
    "氢能",
    "煤化工",
    "稀土",
    "冶金",
    "物流",
    "口岸",
    "电商",
    "直播",
    "非遗",
    "民族",
    "体育",
    "那达慕",
    "冰雪",
    "交通",
    "高铁",
    "公路",
    "供暖",
    "住房",
    "社保",
    "救助",
    "消防",
    "应急",
    "水利",
    "灌区",
    "种业",
    "奶牛",
    "蔬菜",
    "林业",
    "防火",
    "科普",
    "图书馆",
    "博物馆",
    "医疗",
    "托育",
];
const ACTIONS: &[&str] = &[
    "服务站",
    "示范区",
    "改革",
    "项目",
    "基地",
    "工程",
    "行动",
    "补贴",
    "试点",
    "平台",
    "品牌",
    "产业园",
];
const ASPECTS: &[&str] = &[
    "投资",
    "人数",
    "产值",
    "面积",
    "数量",
    "增长",
    "收入",
    "覆盖",
    "时间",
    "负责人",
];
const UNITS: &[&str] = &[
    "万元",
    "亿元",
    "人",
    "家",
    "个",
    "公顷",
    "万吨",
    "%",
    "万人次",
    "所",
];

/// Facts per synthetic story.
const FACTS: usize = 2;

/// `n` synthetic stories with five keywords each: two of the story, its
/// place, and one for each of its two facts.
#[allow(dead_code)] // Each bench uses one of the two.
pub fn knowledge(n: usize) -> KnowledgeBase {
    knowledge_with(n, FACTS)
}

/// `n` synthetic stories of `facts` facts each.
pub fn knowledge_with(n: usize, facts: usize) -> KnowledgeBase {
    let regions = REGIONS
        .iter()
        .map(|(name, full)| Region {
            name: name.to_string(),
            full: full.to_string(),
            aliases: Vec::new(),
            places: Vec::new(),
            other_names: Vec::new(),
            slug: None,
        })
        .collect();
    let mut topics = Vec::with_capacity(n);
    for i in 0..n {
        let region = REGIONS[i % REGIONS.len()].0;
        let head = PLACE_HEADS[i % PLACE_HEADS.len()];
        let tail = PLACE_TAILS[(i / PLACE_HEADS.len()) % PLACE_TAILS.len()];
        let subject = SUBJECTS[(i / 7) % SUBJECTS.len()];
        let action = ACTIONS[(i / 3) % ACTIONS.len()];
        // A serial in words makes every place unique, as real places are.
        let serial = serial(i);
        let place = format!("{head}{serial}{tail}");
        let title = format!("{subject}{action}");
        let keywords = vec![
            format!("{place}{subject}"),
            format!("{head}{serial}{action}"),
        ];
        let facts = (0..facts)
            .map(|k| {
                let aspect = ASPECTS[(i + k) % ASPECTS.len()];
                let unit = UNITS[(i * 3 + k) % UNITS.len()];
                let value = format!("{}{unit}", (i * 37 + k * 101) % 9000 + 10);
                Fact {
                    id: format!("f{k}"),
                    label: format!("{title}{aspect}"),
                    question: format!("{place}{title}的{aspect}是多少？"),
                    keywords: vec![format!("{place}{aspect}")],
                    answer: format!(
                        "{region}{place}{title}的{aspect}为{value}，较上年有所{}。",
                        if k % 2 == 0 { "增加" } else { "提升" }
                    ),
                    figures: vec![Figure {
                        label: aspect.to_string(),
                        value,
                    }],
                    kind: FactKind::Number,
                }
            })
            .collect();
        topics.push(Topic {
            id: format!("t{i}"),
            region: RegionId::new(i % REGIONS.len()),
            title: title.clone(),
            places: vec![place.clone()],
            keywords,
            shared: Vec::new(),
            related: Vec::new(),
            answer: format!("{region}{place}推进{title}，取得新进展。"),
            source: Source {
                headline: format!("{place}{title}见成效"),
                reporters: vec!["记者".to_string()],
                correspondents: Vec::new(),
                photographers: Vec::new(),
                byline: None,
                date: Some("10月8日".to_string()),
                page: "pages/synthetic.txt".to_string(),
            },
            facts,
            draft: false,
            date: jiff::civil::Date::new(2025, 10, 8).ok(),
            file: format!("topics/t{i}.toml"),
        });
    }
    let settings = Settings {
        examples: vec!["呼伦湖现在有多少鱼？".to_string()],
        offtopic: vec!["天气".to_string(), "股票".to_string()],
    };
    KnowledgeBase::new(regions, Vec::new(), topics, settings)
}

/// A number written in Chinese characters of place names, unique per `i`.
fn serial(i: usize) -> String {
    const DIGITS: &[char] = &['东', '西', '南', '北', '前', '后', '左', '右', '新', '老'];
    let mut s = String::new();
    let mut n = i;
    loop {
        s.insert(0, DIGITS[n % 10]);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s
}

/// Questions about the synthetic stories, asked the way readers ask.
#[allow(dead_code)]
pub fn questions(kb: &KnowledgeBase, n: usize) -> Vec<String> {
    let step = (kb.topics.len() / n.max(1)).max(1);
    kb.topics
        .iter()
        .step_by(step)
        .take(n)
        .enumerate()
        .map(|(i, t)| {
            let f = &t.facts[i % t.facts.len()];
            match i % 3 {
                0 => f.question.clone(),
                1 => format!("{}{}怎么样", kb[t.region].name, t.places[0]),
                _ => format!("请问{}多少？", f.keywords[0]),
            }
        })
        .collect()
}
