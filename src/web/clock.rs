//! Today's date from the browser's clock, in the user's own time zone.

use crate::saved::Day;

/// Today, or `None` if the clock gives a day outside what a kept assessment may record.
pub fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::new(now.get_full_year(), now.get_month() + 1, now.get_date())
}
