//! The counterfactual: the smallest change of answers that would put the organisation in a
//! different archetype, stated in one sentence.
//!
//! Scores are sums of per-answer points, so for a target archetype each organisation question
//! can narrow the gap to the winner by at most its best alternative option; taking the largest
//! of those first gives the fewest changes that close the gap. Every other archetype is tried
//! as a target and the one needing fewest changes wins; on equal counts the runner-up, then
//! the less mature archetype, is preferred, and within a question the earlier option: the
//! same answers always give the same sentence.

use super::advice::{Advice, Because};
use super::answers::Answers;
use super::archetype::{classify, Archetype, Classification};
use super::facts::Organisation;
use super::questions::{Section, QUESTIONS};

/// One answer changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub question: &'static str,
    /// What the user answered, if anything.
    pub from: Option<&'static str>,
    pub to: &'static str,
}

/// The smallest change and what it would make the organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterfactual {
    pub changes: Vec<Change>,
    pub becomes: Archetype,
    pub advice: Advice,
}

/// How a target archetype gains on the winner by one answer: (gain, change).
fn best_changes(answers: &Answers, winner: Archetype, target: Archetype) -> Vec<(i32, Change)> {
    let gap_of = |leans: &[u8; 5]| i32::from(leans[target as usize]) - i32::from(leans[winner as usize]);
    let mut changes: Vec<(i32, Change)> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::Organisation)
        .filter_map(|q| {
            let current = answers.get(q.id).and_then(|id| q.choice(id));
            let now = current.map_or(0, |c| gap_of(&c.leans));
            let mut best: Option<(i32, Change)> = None;
            for choice in q.choices.iter().filter(|c| Some(c.id) != current.map(|c| c.id)) {
                let gain = gap_of(&choice.leans) - now;
                if gain > 0 && best.is_none_or(|(g, _)| gain > g) {
                    best = Some((gain, Change { question: q.id, from: current.map(|c| c.id), to: choice.id }));
                }
            }
            best
        })
        .collect();
    // Stable: equal gains keep question order.
    changes.sort_by_key(|&(gain, _)| std::cmp::Reverse(gain));
    changes
}

/// The fewest changes that make `target` beat `now.winner`, if any exist.
fn fewest(answers: &Answers, now: &Classification, target: Archetype) -> Option<Vec<Change>> {
    let gap = i64::from(now.points(now.winner)) - i64::from(now.points(target));
    // On a tie the less mature archetype wins, so a less mature target only needs to draw level.
    let needed = if target < now.winner { gap } else { gap + 1 };
    let mut gained = 0i64;
    let mut picked = Vec::new();
    for (gain, change) in best_changes(answers, now.winner, target) {
        if gained >= needed {
            break;
        }
        gained += i64::from(gain);
        picked.push(change);
    }
    (gained >= needed).then_some(picked)
}

fn apply(answers: &Answers, changes: &[Change]) -> Answers {
    let mut changed = answers.clone();
    for change in changes {
        // Every change comes from the question table, so it is always accepted.
        let _ = changed.set(change.question, change.to);
    }
    changed
}

/// The smallest change of answers that changes the archetype.
pub fn counterfactual(answers: &Answers, now: &Classification) -> Option<Counterfactual> {
    let preference = |target: Archetype| (target != now.runner_up, target);
    let (changes, _) = Archetype::ALL
        .iter()
        .filter(|&&target| target != now.winner)
        .filter_map(|&target| fewest(answers, now, target).map(|changes| (changes, target)))
        .min_by_key(|(changes, target)| (changes.len(), preference(*target)))?;
    // The changes may lift a third archetype above the target; name whoever actually wins.
    let becomes = classify(&Organisation::read(&apply(answers, &changes))).winner;
    let because: Vec<Because> = changes.iter().filter_map(|c| answers.because(c.question)).collect();
    let advice = Advice::new("counterfactual.lead", becomes.fact(), because);
    Some(Counterfactual { changes, becomes, advice })
}
