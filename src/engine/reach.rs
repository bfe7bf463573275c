//! Where an organisation could move by what it controls: one rule, used by the counterfactual
//! and by any plan towards a chosen archetype.
//!
//! Only the answers an organisation can change count as moves: who does ML, whom ML reports
//! to, how the leadership invests, how the ML people reach data, how models reach production,
//! and research versus engineering. Company size and industry are never moves, and neither is
//! changing an answer to "not sure". Scores are sums of per-answer points (the `leans` of the
//! question table), so a move changes a score by the difference between the two options'
//! points, and the search below is exact: it tries every set of one, then two, then more moves.

use std::sync::OnceLock;

use super::advice::Because;
use super::archetype::{Archetype, Classification};
use super::facts::{Answer, DataAccess, Emphasis, Leadership, MlToday, Organisation, Production, ReportsTo, Size};
use super::question::Leans;
use super::questions::QUESTIONS;

/// One controllable answer set to one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    Today(MlToday),
    ReportsTo(ReportsTo),
    Leadership(Leadership),
    Data(DataAccess),
    Production(Production),
    Emphasis(Emphasis),
}

/// The six controllable questions, in question-table order.
const LEVER_QUESTIONS: usize = 6;

impl Lever {
    /// The option as an answer.
    pub fn because(self) -> Because {
        match self {
            Lever::Today(a) => a.because(),
            Lever::ReportsTo(a) => a.because(),
            Lever::Leadership(a) => a.because(),
            Lever::Data(a) => a.because(),
            Lever::Production(a) => a.because(),
            Lever::Emphasis(a) => a.because(),
        }
    }

    /// Which of the six questions it answers.
    fn slot(self) -> usize {
        match self {
            Lever::Today(_) => 0,
            Lever::ReportsTo(_) => 1,
            Lever::Leadership(_) => 2,
            Lever::Data(_) => 3,
            Lever::Production(_) => 4,
            Lever::Emphasis(_) => 5,
        }
    }

    /// The organisation's current answer to the same question, as a lever.
    fn current(self, org: &Organisation) -> Option<Lever> {
        match self {
            Lever::Today(_) => org.today.map(Lever::Today),
            Lever::ReportsTo(_) => org.reports_to.map(Lever::ReportsTo),
            Lever::Leadership(_) => org.leadership.map(Lever::Leadership),
            Lever::Data(_) => org.data.map(Lever::Data),
            Lever::Production(_) => org.production.map(Lever::Production),
            Lever::Emphasis(_) => org.emphasis.map(Lever::Emphasis),
        }
    }
}

/// Every controllable option but "not sure", with the points it gives each archetype, in
/// question order and then option order.
fn levers() -> &'static [(Lever, Leans)] {
    static LEVERS: OnceLock<Vec<(Lever, Leans)>> = OnceLock::new();
    LEVERS.get_or_init(|| {
        let all = [
            MlToday::ALL.iter().map(|&a| Lever::Today(a)).collect::<Vec<_>>(),
            ReportsTo::ALL.iter().map(|&a| Lever::ReportsTo(a)).collect(),
            Leadership::ALL.iter().filter(|&&a| a != Leadership::Unsure).map(|&a| Lever::Leadership(a)).collect(),
            DataAccess::ALL.iter().filter(|&&a| a != DataAccess::Unsure).map(|&a| Lever::Data(a)).collect(),
            Production::ALL.iter().filter(|&&a| a != Production::Unsure).map(|&a| Lever::Production(a)).collect(),
            Emphasis::ALL.iter().filter(|&&a| a != Emphasis::Unsure).map(|&a| Lever::Emphasis(a)).collect(),
        ];
        all.into_iter().flatten().map(|lever| (lever, leans_in_table(lever.because()))).collect()
    })
}

/// The points an answer gives each archetype, from the question table.
fn leans_in_table(answer: Because) -> Leans {
    QUESTIONS.iter().find(|q| q.id == answer.question).and_then(|q| q.choice(answer.choice)).map_or([0; 5], |c| c.leans)
}

fn leans(lever: Option<Lever>) -> Leans {
    lever.and_then(|l| levers().iter().find(|(m, _)| *m == l)).map_or([0; 5], |(_, leans)| *leans)
}

/// One answer changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub question: &'static str,
    /// What the user answered, if anything.
    pub from: Option<&'static str>,
    pub to: &'static str,
}

impl Change {
    fn of(lever: Lever, org: &Organisation) -> Change {
        let to = lever.because();
        Change { question: to.question, from: lever.current(org).map(|l| l.because().choice), to: to.choice }
    }
}

/// Where the organisation could move by what it controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// One or two changes would make it `becomes`.
    Within { changes: Vec<Change>, becomes: Archetype },
    /// More than two changes would be needed: the result is stable. `closest` is the single
    /// change that narrows the gap most, towards `towards`; none when no change narrows it.
    Stable { closest: Option<Change>, towards: Archetype },
}

/// The most changes the counterfactual proposes; beyond this the result counts as stable.
pub const NEAR: usize = 2;

/// A move open to the organisation and what it does to each archetype's score.
type Move = (Lever, [i64; 5]);

/// Every move open to the organisation: each controllable option but its current answers.
fn moves(org: &Organisation) -> Vec<Move> {
    levers()
        .iter()
        .filter(|(lever, _)| lever.current(org) != Some(*lever))
        .map(|&(lever, to)| {
            let from = leans(lever.current(org));
            (lever, std::array::from_fn(|i| i64::from(to[i]) - i64::from(from[i])))
        })
        .collect()
}

/// The scores after a set of moves, from the scores now.
fn moved(now: &[u32; 5], picked: &[&Move]) -> [u32; 5] {
    let mut scores = now.map(i64::from);
    for (_, delta) in picked {
        for (score, d) in scores.iter_mut().zip(delta) {
            *score += d;
        }
    }
    scores.map(|s| u32::try_from(s.max(0)).unwrap_or(0))
}

/// The winner of a set of scores: the highest, ties to the less mature archetype.
fn winner(scores: &[u32; 5]) -> Archetype {
    let mut best = 0;
    for i in 1..5 {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    Archetype::ALL[best]
}

/// Every set of `k` moves on distinct questions, in question and option order; `each` returns
/// true to stop.
fn each_set<'m>(moves: &'m [Move], k: usize, each: &mut dyn FnMut(&[&'m Move]) -> bool) {
    fn walk<'m>(
        moves: &'m [Move],
        k: usize,
        from: usize,
        used: [bool; LEVER_QUESTIONS],
        picked: &mut Vec<&'m Move>,
        each: &mut dyn FnMut(&[&'m Move]) -> bool,
    ) -> bool {
        if picked.len() == k {
            return each(picked);
        }
        for (i, m) in moves.iter().enumerate().skip(from) {
            if used[m.0.slot()] {
                continue;
            }
            let mut now_used = used;
            now_used[m.0.slot()] = true;
            picked.push(m);
            let stop = walk(moves, k, i + 1, now_used, picked, each);
            picked.pop();
            if stop {
                return true;
            }
        }
        false
    }
    walk(moves, k, 0, [false; LEVER_QUESTIONS], &mut Vec::new(), each);
}

/// Whether `k` moves could lift `target` level with `winner` at all: the sum of the best gain
/// on the target's side of each of `k` distinct questions must cover the gap. A cheap bound
/// that spares the search for organisations far from every target.
fn could_reach(scores: &[u32; 5], moves: &[Move], winner: Archetype, target: Archetype, k: usize) -> bool {
    let (w, t) = (winner as usize, target as usize);
    let mut best = [0i64; LEVER_QUESTIONS];
    for (lever, delta) in moves {
        let slot = &mut best[lever.slot()];
        *slot = (*slot).max(delta[t] - delta[w]);
    }
    best.sort_unstable_by(|a, b| b.cmp(a));
    best.iter().take(k).sum::<i64>() >= i64::from(scores[w]) - i64::from(scores[t])
}

fn scores_of(now: &Classification) -> [u32; 5] {
    Archetype::ALL.map(|a| now.points(a))
}

fn changes(picked: &[&Move], org: &Organisation) -> Vec<Change> {
    picked.iter().map(|(lever, _)| Change::of(*lever, org)).collect()
}

/// The fewest controllable changes that make the organisation `target`, if any number of them
/// can. Among equally short sets, the first in question and option order.
pub fn fewest_changes(org: &Organisation, now: &Classification, target: Archetype) -> Option<Vec<Change>> {
    fewest(org, now, target, moves(org))
}

/// Like [`fewest_changes`], with only the changes that give `target` more points than the answer
/// they replace: a plan towards a target moves towards it, and never merely away from today's
/// archetype (no "stop doing ML" on the way to an ML division).
pub fn fewest_changes_towards(org: &Organisation, now: &Classification, target: Archetype) -> Option<Vec<Change>> {
    let towards = moves(org).into_iter().filter(|(_, delta)| delta[target as usize] > 0).collect();
    fewest(org, now, target, towards)
}

fn fewest(org: &Organisation, now: &Classification, target: Archetype, moves: Vec<Move>) -> Option<Vec<Change>> {
    if now.winner == target {
        return Some(Vec::new());
    }
    let scores = scores_of(now);
    (1..=LEVER_QUESTIONS).find_map(|k| {
        let mut found = None;
        each_set(&moves, k, &mut |picked| {
            let hit = winner(&moved(&scores, picked)) == target;
            if hit {
                found = Some(changes(picked, org));
            }
            hit
        });
        found
    })
}

/// Whether the organisation may be pointed at an archetype: never R&D unless the answers already
/// lean to research (001: R&D work rarely becomes business value), and never an independent
/// division for an early-stage company, which has no separate division to build.
pub fn may_point_at(org: &Organisation, target: Archetype) -> bool {
    match target {
        Archetype::RnD => org.leans_to_research(),
        Archetype::IndependentDivision => org.size != Some(Size::Early),
        _ => true,
    }
}

/// Where the organisation could move: the fewest (at most two) controllable changes that make
/// another archetype win, preferring the runner-up and then the less mature; otherwise the
/// single change that comes closest. `None` when every other archetype is ruled out.
pub fn reachable(org: &Organisation, now: &Classification) -> Option<Reach> {
    let targets: Vec<Archetype> =
        Archetype::ALL.into_iter().filter(|&a| a != now.winner && may_point_at(org, a)).collect();
    if targets.is_empty() {
        return None;
    }
    let (scores, moves) = (scores_of(now), moves(org));
    let preference = |a: Archetype| (a != now.runner_up, a);
    for k in 1..=NEAR {
        if !targets.iter().any(|&t| could_reach(&scores, &moves, now.winner, t, k)) {
            continue;
        }
        let mut best: Option<(Vec<Change>, Archetype)> = None;
        each_set(&moves, k, &mut |picked| {
            let becomes = winner(&moved(&scores, picked));
            if targets.contains(&becomes) && best.as_ref().is_none_or(|(_, b)| preference(becomes) < preference(*b)) {
                best = Some((changes(picked, org), becomes));
            }
            false
        });
        if let Some((changes, becomes)) = best {
            return Some(Reach::Within { changes, becomes });
        }
    }
    // Stable: the single change that leaves the winner least ahead of an allowed target.
    let gap = |s: &[u32; 5]| {
        let (best, towards) =
            targets.iter().map(|&t| (s[t as usize], t)).min_by_key(|&(p, t)| (std::cmp::Reverse(p), t))?;
        Some((i64::from(s[now.winner as usize]) - i64::from(best), towards))
    };
    let (gap_now, towards_now) = gap(&scores)?;
    let mut closest: Option<(i64, Lever, Archetype)> = None;
    each_set(&moves, 1, &mut |picked| {
        if let Some((g, towards)) = gap(&moved(&scores, picked)) {
            if g < gap_now && closest.is_none_or(|(best, ..)| g < best) {
                closest = Some((g, picked[0].0, towards));
            }
        }
        false
    });
    Some(match closest {
        Some((_, lever, towards)) => Reach::Stable { closest: Some(Change::of(lever, org)), towards },
        None => Reach::Stable { closest: None, towards: towards_now },
    })
}
