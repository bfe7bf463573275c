//! Team views kept in this browser under a name, in their own versioned envelope under their
//! own storage key, and the decoder that never trusts what it reads.
//!
//! Stored as `{"format":1,"rules":R,"progress":{"teams":[{"name":…,"link":"m=…"}]}}`: each
//! view is its combined link (`share::team_link`), which holds every respondent's answers,
//! rules and tag. The envelope keeps the `format`, `rules` and `progress` fields every stored
//! value of this app has (see `saved.rs`). No earlier build reads this key at all; a later
//! build's format, or a view of a layout or rules newer than this release, is refused as
//! [`SavedError::Newer`] so that the browser edge leaves it exactly as it is.

use serde::{Deserialize, Serialize};

use crate::engine::team::Respondent;
use crate::engine::RULES_VERSION;
use crate::saved::{clean_name, put, stamp, Envelope, Kept, SavedError};
use crate::share::team_link::{self, TeamError};

/// Version of the envelope's layout. Bump it whenever an entry gains a field.
pub const TEAMS_FORMAT: u32 = 1;

/// One team view kept under a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptTeam {
    pub name: String,
    pub respondents: Vec<Respondent>,
}

/// The team views kept in this browser, oldest first, at most [`LIBRARY_LIMIT`](crate::saved::LIBRARY_LIMIT).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Teams {
    pub items: Vec<KeptTeam>,
}

#[derive(Serialize, Deserialize)]
struct StoredTeam {
    name: String,
    link: String,
}

#[derive(Serialize, Deserialize)]
struct StoredTeams {
    teams: Vec<StoredTeam>,
}

impl Kept for KeptTeam {
    fn name(&self) -> &str {
        &self.name
    }
}

impl Teams {
    /// Keeps a team view under a name, replacing one of the same name. Refuses an empty name,
    /// and a new name when the list is full.
    pub fn keep(&mut self, name: &str, respondents: &[Respondent]) -> bool {
        let name = clean_name(name);
        if name.is_empty() {
            return false;
        }
        put(&mut self.items, KeptTeam { name, respondents: respondents.to_vec() })
    }

    pub fn remove(&mut self, name: &str) {
        self.items.retain(|item| item.name != name);
    }
}

/// Serialises the team views in the current envelope.
pub fn encode(teams: &Teams) -> String {
    let teams = teams
        .items
        .iter()
        .map(|item| StoredTeam { name: item.name.clone(), link: team_link::encode(&item.respondents) })
        .collect();
    let envelope = Envelope { format: TEAMS_FORMAT, rules: RULES_VERSION, progress: StoredTeams { teams } };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads the team views back, names cleaned. A view whose link is of a newer release makes the whole value
/// newer (saving without it would lose it); any other bad view makes it unreadable, so that
/// the browser edge keeps it aside rather than half-reading it.
pub fn decode(text: &str) -> Result<Teams, SavedError> {
    let stamp = stamp(text, TEAMS_FORMAT, TEAMS_FORMAT)?;
    let read: StoredTeams = serde_json::from_str::<Envelope<StoredTeams>>(text)
        .map_err(|e| SavedError::Unreadable(e.to_string()))?
        .progress;
    let mut teams = Teams::default();
    for item in read.teams {
        let respondents = team_link::decode(&item.link).map_err(|error| match error {
            TeamError::UnknownVersion | TeamError::UnknownRules => {
                SavedError::Newer { format: stamp.format, rules: stamp.rules }
            }
            other => SavedError::Unreadable(format!("a team view: {}", other.id())),
        })?;
        let taken = teams.items.iter().any(|kept| kept.name == clean_name(&item.name));
        // As in the library, a nameless view, a second one of a name and any past the limit
        // are dropped.
        if !taken {
            teams.keep(&item.name, &respondents);
        }
    }
    Ok(teams)
}
