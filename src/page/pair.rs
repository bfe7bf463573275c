//! Two assessments compared by their track: two team plans (`compare`) or two teams to join
//! (`teams`); assessments of different tracks are not comparable.

use super::compare::{self, ComparePage};
use super::teams::{self, TeamsPage};
use crate::engine::{Answers, Track};
use crate::text::Locale;

/// Two assessments of one track compared: two team plans, or two teams to join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compared {
    Plans(Box<ComparePage>),
    Teams(Box<TeamsPage>),
}

/// Whether two assessments can be compared: both of one track.
pub fn comparable(a: &Answers, b: &Answers) -> bool {
    a.track() == b.track()
}

/// Two named assessments compared in this locale, by their track; `None` across tracks.
pub fn compared(before: (&str, &Answers), after: (&str, &Answers), locale: Locale) -> Option<Compared> {
    if !comparable(before.1, after.1) {
        return None;
    }
    Some(match before.1.track() {
        Track::Leader => Compared::Plans(Box::new(compare::page(before, after, locale))),
        Track::Practitioner => Compared::Teams(Box::new(teams::page(before, after, locale))),
    })
}
