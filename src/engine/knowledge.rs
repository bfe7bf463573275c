//! The knowledge contract: every fact ID of `shared/docs/knowledge-map.md` and the article it comes from.
//!
//! To maintain: when the knowledge map gains an ID, add it to `FACTS` with its source, add its
//! one-line summary to the text catalog under `fact.<ID>`, and use it in some advice. The tests
//! check that this table and the map agree and that every ID is reachable by some answer set.

/// One of the source articles the advice is drawn from. What the article covers lives in the
/// text catalog under `source.<seed>`, and who wrote it, worded per locale as far as the seed
/// supports it, under `source.credit.<seed>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Seed file number, as in `shared/seeds/`.
    pub seed: &'static str,
    /// The article's title as published. Seed 003 does not give its article's title: this is
    /// the heading of its lesson 1, which is what the advice uses, and its credit says so.
    pub title: &'static str,
    /// The article's address, where the seed gives one, without tracking parameters.
    pub url: Option<&'static str>,
}

/// The source articles, in seed order. The two Chinese seeds are translations: 002 of 001,
/// which adds only the Chinese vocabulary; 004 of Flender's article, the only source of the
/// team-type facts (`T-*`), whose vocabulary the Chinese locale also uses.
///
/// Addresses: 000 gives only a FeedBurner redirect (`feedproxy.google.com/~r/…/~3/…`, a
/// click-tracking hop on a service Google has wound down), whose last segment is the slug of
/// KDnuggets' own address for the article of November 2018; that address is given instead (a
/// stored copy of it holds the seed's text). 001's TOPBOTS address is given without its
/// `utm_*` parameters. 002 names only a CSDN article number and 003 no address at all, so
/// neither has one.
pub const SOURCES: &[Source] = &[
    Source {
        seed: "000",
        title: "How to Build a Machine Learning Team When You Are Not Google or Facebook",
        url: Some("https://www.kdnuggets.com/2018/11/machine-learning-team-when-not-google-facebook.html"),
    },
    Source {
        seed: "001",
        title: "The 4 Steps to Build Out Your Machine Learning Team Productively",
        url: Some("https://www.topbots.com/building-machine-learning-team-productively/"),
    },
    Source { seed: "002", title: "4个步骤成功构建出一个机器学习团队", url: None },
    Source { seed: "003", title: "ML recruiting strategy", url: None },
    Source {
        seed: "004",
        title: "How to Find the Right Machine Learning Team (如何找到合适的机器学习团队)",
        url: Some("https://towardsdatascience.com/how-to-find-the-right-machine-learning-team-97a4b56fbbb7"),
    },
];

/// One fact of the knowledge map and the seed it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    pub id: &'static str,
    pub seed: &'static str,
}

const fn f(id: &'static str, seed: &'static str) -> Fact {
    Fact { id, seed }
}

/// Every fact ID of the knowledge map, in the map's order.
pub const FACTS: &[Fact] = &[
    f("G-SOLVABLE", "000"),
    f("G-DATA", "000"),
    f("G-CRUCIAL", "000"),
    f("G-ALL-YES", "000"),
    f("G-CHECKBOX", "000"),
    f("G-COST", "000"),
    f("S-SMALL-E2E", "000"),
    f("S-SMALL-PROFILE", "000"),
    f("S-SMALL-SIGNALS", "000"),
    f("S-SMALL-AVOID", "000"),
    f("S-MED-ANCHOR", "000"),
    f("S-MED-ORG", "000"),
    f("S-MED-RATIO", "000"),
    f("S-MED-E2E", "000"),
    f("S-LARGE-STANDARD", "000"),
    f("S-LARGE-NO-INFRA", "000"),
    f("S-LARGE-TRAIN", "000"),
    f("M-WHY-HARD", "001"),
    f("R-PM", "001"),
    f("R-OPS", "001"),
    f("R-DE", "001"),
    f("R-MLE", "001"),
    f("R-RES", "001"),
    f("R-DS", "001"),
    f("R-SKILLS", "001"),
    f("R-OVERLAP", "003"),
    f("R-EXPERIENCE", "003"),
    f("R-HIRE-OR-TRAIN", "003"),
    f("R-AXIS-PRODUCT", "003"),
    f("R-AXIS-DATA", "003"),
    f("R-AXIS-PLATFORM", "003"),
    f("A-NASCENT", "001"),
    f("A-RND", "001"),
    f("A-EMBEDDED", "001"),
    f("A-DIVISION", "001"),
    f("A-FIRST", "001"),
    f("D-AXES", "001"),
    f("D-RND", "001"),
    f("D-EMBEDDED", "001"),
    f("D-DIVISION", "001"),
    f("D-FIRST", "001"),
    f("M-UNCERTAIN", "001"),
    f("M-PROBABILISTIC", "001"),
    f("M-PORTFOLIO", "001"),
    f("M-INPUTS", "001"),
    f("M-TOGETHER", "001"),
    f("M-E2E", "001"),
    f("M-EDUCATE", "001"),
    f("H-SCARCITY", "001"),
    f("H-MLE-SOURCE", "001"),
    f("H-RES-SOURCE", "001"),
    f("H-CHANNELS", "001"),
    f("H-ATTRACT-TOOLS", "001"),
    f("H-ATTRACT-LEARN", "001"),
    f("H-ATTRACT-PEOPLE", "001"),
    f("H-ATTRACT-DATA", "001"),
    f("H-ATTRACT-MISSION", "001"),
    f("I-VALIDATE", "001"),
    f("I-MIN-BAR", "001"),
    f("I-FORMATS", "001"),
    f("H-SPECIFIC", "001"),
    f("J-CHANNELS", "001"),
    f("J-STAND-OUT", "001"),
    f("J-PREPARE", "001"),
    f("T-TITLES", "004"),
    f("T-INFRA", "004"),
    f("T-APPLIED", "004"),
    f("T-RESEARCH", "004"),
    f("T-PIN-FACTORY", "004"),
    f("T-SKILL-GAP", "004"),
    f("T-OWNERSHIP", "004"),
    f("T-PREFERENCES", "004"),
];

/// The fact with this ID, if the knowledge map has it.
pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|fact| fact.id == id)
}

/// The article a fact comes from.
pub fn source_of(id: &str) -> Option<&'static Source> {
    let fact = fact(id)?;
    SOURCES.iter().find(|source| source.seed == fact.seed)
}
