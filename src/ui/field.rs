//! A labelled one-line text field bound to a signal: the name to keep an assessment or a team
//! view under, a series and its note.

use leptos::html::Input;
use leptos::prelude::*;

/// The label and the field, with at most `max` characters; `list` names a datalist of
/// suggestions, and `field` lets the caller give it the focus.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    max: usize,
    testid: &'static str,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] field: NodeRef<Input>,
) -> impl IntoView {
    view! {
        <label for=id.clone()>{label}</label>
        <input
            id=id
            type="text"
            maxlength=max
            list=list
            data-testid=testid
            node_ref=field
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}
