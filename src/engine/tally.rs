//! Scoring answers against a fixed set of candidates (the five archetypes, the three team
//! types): each chosen option adds its points, the candidates are ranked with ties kept in the
//! candidates' own order, and the answers that gave the winner most points are named.

use super::advice::Because;
use super::question::{Choice, Question};

/// An answer and the points it gave the winner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Driver {
    pub answer: Because,
    pub points: u32,
}

/// The points of `N` candidates, in their fixed order, and what each answer gave.
pub struct Tally<const N: usize> {
    pub points: [u32; N],
    /// Each answered question's option and the points it gave, in question order.
    given: Vec<(Because, [u8; N])>,
}

/// Adds up what the given answers give each candidate; `leans` reads an option's points from
/// the question table. Answers the table does not know give nothing.
pub fn tally<const N: usize>(
    questions: &'static [Question],
    given: &[Because],
    leans: fn(&Choice) -> [u8; N],
) -> Tally<N> {
    let mut points = [0u32; N];
    let mut counted = Vec::new();
    for question in questions {
        let Some(choice) = given.iter().find(|b| b.question == question.id).and_then(|b| question.choice(b.choice))
        else {
            continue;
        };
        let leans = leans(choice);
        for (total, lean) in points.iter_mut().zip(leans) {
            *total += u32::from(lean);
        }
        counted.push((Because { question: question.id, choice: choice.id }, leans));
    }
    Tally { points, given: counted }
}

impl<const N: usize> Tally<N> {
    /// Candidate indices, highest score first. The sort is stable, so equal scores keep the
    /// candidates' fixed order: that order is the tie rule.
    pub fn ranking(&self) -> [usize; N] {
        let mut order: [usize; N] = std::array::from_fn(|i| i);
        order.sort_by(|&a, &b| self.points[b].cmp(&self.points[a]));
        order
    }

    /// The answers that gave candidate `winner` most points, strongest first and, on equal
    /// points, in question order; at most `shown` of them.
    pub fn drivers(&self, winner: usize, shown: usize) -> Vec<Driver> {
        let mut drivers: Vec<Driver> = self
            .given
            .iter()
            .filter_map(|&(answer, leans)| {
                let points = u32::from(leans[winner]);
                (points > 0).then_some(Driver { answer, points })
            })
            .collect();
        drivers.sort_by_key(|d| std::cmp::Reverse(d.points));
        drivers.truncate(shown);
        drivers
    }
}
