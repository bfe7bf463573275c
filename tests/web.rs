//! Browser tests (headless Chromium via wasm-bindgen-test-runner): the app mounts and shows its
//! start screen, survives what storage holds, and takes its look from the address options. Run with `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh
//! does it); natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().expect("a window").document().expect("a document")
}

/// A fresh container appended to <body>, so each test mounts in isolation.
fn container() -> HtmlElement {
    let doc = document();
    let host: HtmlElement = doc.create_element("div").expect("create div").dyn_into().expect("div is an HtmlElement");
    doc.body().expect("a body").append_child(&host).expect("append container");
    host
}

/// The whole app, with the texts of both languages that the loader (`boot.js`) would fetch.
fn app() -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    use ml_team_advisor::text::{data, install, Locale};
    for locale in Locale::ALL {
        install(locale, data::encode(locale.entries()));
    }
    view! { <ml_team_advisor::ui::App screens=ml_team_advisor::ui::every_screen full=Some(ml_team_advisor::ui::FULL_APP)/> }
}

/// No saved quiz: a fresh visitor must land on the start screen.
fn clear_saved_state() {
    if let Ok(Some(storage)) = web_sys::window().expect("a window").local_storage() {
        storage.clear().expect("clear localStorage");
    }
}

#[wasm_bindgen_test]
fn start_screen_renders_for_a_fresh_visitor() {
    clear_saved_state();
    let host = container();

    let handle = leptos::mount::mount_to(host.clone(), app);

    let start = host
        .query_selector("[data-testid=start]")
        .expect("valid selector")
        .expect("the start screen [data-testid=start] is rendered");
    let heading =
        start.query_selector("h1").expect("valid selector").and_then(|h| h.text_content()).unwrap_or_default();
    assert!(!heading.trim().is_empty(), "the start screen has a heading");
    assert!(
        start.query_selector("[data-testid=start-button]").expect("valid selector").is_some(),
        "a fresh visitor gets the start button [data-testid=start-button]"
    );
    let first_in_document = document()
        .query_selector("[data-testid=start]")
        .expect("valid selector")
        .expect("start screen is in the document");
    assert!(host.contains(Some(&first_in_document)), "the app renders into the element it is mounted to");

    // Unmounting removes the view again: the app owns nothing outside its container.
    drop(handle);
    assert!(host.query_selector("[data-testid=start]").unwrap().is_none(), "unmounting removes the start screen");
    host.remove();
}

const SAVE_KEY: &str = "ml-team-advisor.progress";
const ASIDE_KEY: &str = "ml-team-advisor.progress.unreadable";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn notice_in(host: &HtmlElement) -> Option<String> {
    host.query_selector("[data-testid=notice]").unwrap().and_then(|n| n.get_attribute("data-notice"))
}

#[wasm_bindgen_test]
fn a_corrupt_save_starts_fresh_says_so_once_and_keeps_the_unreadable_copy_aside() {
    clear_saved_state();
    storage().set_item(SAVE_KEY, "{\"format\":1,\"rules\":1,\"progress\":{\"answers\":").unwrap();
    let host = container();
    let handle = leptos::mount::mount_to(host.clone(), app);

    assert_eq!(notice_in(&host).as_deref(), Some("notice.save_unreadable"));
    assert!(host.query_selector("[data-testid=start-button]").unwrap().is_some(), "starts fresh");
    assert_eq!(
        storage().get_item(ASIDE_KEY).unwrap().as_deref(),
        Some("{\"format\":1,\"rules\":1,\"progress\":{\"answers\":"),
        "the unreadable value is kept, not lost"
    );
    drop(handle);
    host.remove();
    clear_saved_state();
}

/// Lets the browser run pending work (Leptos renders signal changes asynchronously).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_save_from_an_unknown_version_is_never_overwritten() {
    clear_saved_state();
    let newer = "{\"format\":2,\"rules\":9,\"progress\":{\"anything\":true}}";
    storage().set_item(SAVE_KEY, newer).unwrap();
    let host = container();
    let handle = leptos::mount::mount_to(host.clone(), app);

    assert_eq!(notice_in(&host).as_deref(), Some("notice.save_unknown_format"));
    // Start the quiz and answer: the app runs in memory and leaves the stored value alone.
    let start: HtmlElement = host.query_selector("[data-testid=start-button]").unwrap().unwrap().dyn_into().unwrap();
    start.click();
    tick().await;
    let radio: HtmlElement = host.query_selector("input[type=radio]").unwrap().unwrap().dyn_into().unwrap();
    radio.click();
    tick().await;
    assert_eq!(storage().get_item(SAVE_KEY).unwrap().as_deref(), Some(newer));
    drop(handle);
    host.remove();
    clear_saved_state();
}

#[wasm_bindgen_test]
fn address_options_reach_the_root_element_as_classes_and_cssom_properties() {
    let query = [("embed", "1"), ("theme", "dark"), ("accent", "#ffdd00")];
    let options = ml_team_advisor::options::Options::read(|name| {
        query.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    });
    ml_team_advisor::web::appearance::apply(&options);

    let root: HtmlElement = document().document_element().unwrap().dyn_into().unwrap();
    let classes = root.class_list();
    assert!(classes.contains("embed") && classes.contains("theme-dark"), "{}", root.class_name());
    let style = root.style();
    assert_eq!(style.get_property_value("--accent").unwrap(), "#ffdd00");
    assert_eq!(style.get_property_value("--accent-text").unwrap(), "#000000", "dark text on yellow");

    // Leave the page as the other tests expect it.
    root.set_class_name("");
    root.remove_attribute("style").unwrap();
}

fn question_on_screen(host: &HtmlElement) -> Option<(String, String)> {
    let form = host.query_selector("[data-testid=question]").unwrap()?;
    Some((form.get_attribute("data-track")?, form.get_attribute("data-question-id")?))
}

#[wasm_bindgen_test]
async fn each_track_button_starts_its_own_quiz_and_start_button_stays_the_leaders() {
    clear_saved_state();
    let host = container();
    let handle = leptos::mount::mount_to(host.clone(), app);

    let practitioner: HtmlElement =
        host.query_selector("[data-testid=track-practitioner]").unwrap().unwrap().dyn_into().unwrap();
    practitioner.click();
    tick().await;
    assert_eq!(question_on_screen(&host), Some(("practitioner".into(), "job.title".into())));

    // Back from the first question returns to the start, where the leader track can begin.
    let back: HtmlElement = host.query_selector("[data-testid=back]").unwrap().unwrap().dyn_into().unwrap();
    back.click();
    tick().await;
    let leader: HtmlElement = host.query_selector("[data-testid=track-leader]").unwrap().unwrap().dyn_into().unwrap();
    let start_button = host.query_selector("[data-testid=start-button]").unwrap().unwrap();
    assert!(start_button.contains(Some(&leader)), "the leader's name sits in the start button");
    leader.click();
    tick().await;
    assert_eq!(question_on_screen(&host), Some(("leader".into(), "gate.solvable".into())));

    drop(handle);
    host.remove();
    clear_saved_state();
}

const LOCALE_KEY: &str = "ml-team-advisor.locale";

fn html_lang() -> Option<String> {
    document().document_element().and_then(|root| root.get_attribute("lang"))
}

fn start_heading(host: &HtmlElement) -> String {
    host.query_selector("[data-testid=start] h1").unwrap().and_then(|h| h.text_content()).unwrap_or_default()
}

fn click(host: &HtmlElement, selector: &str) {
    let element: HtmlElement = host.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    element.click();
}

#[wasm_bindgen_test]
async fn the_language_switch_redraws_the_page_in_chinese_keeps_focus_and_is_kept_for_the_next_start() {
    clear_saved_state();
    // The loader chose English (src/web/boot.js writes its choice on <html lang>).
    document().document_element().unwrap().set_attribute("lang", "en").unwrap();
    let host = container();
    let handle = leptos::mount::mount_to(host.clone(), app);
    tick().await;
    assert_eq!(html_lang().as_deref(), Some("en"));
    let english = start_heading(&host);

    click(&host, "[data-testid=locale-switch]");
    tick().await;
    assert_eq!(html_lang().as_deref(), Some("zh-CN"), "<html lang> follows the locale");
    assert_eq!(document().title(), "机器学习团队顾问", "so does the title");
    assert_ne!(start_heading(&host), english, "the page is drawn anew in Chinese");
    assert_eq!(storage().get_item(LOCALE_KEY).unwrap().as_deref(), Some("zh-CN"), "the choice is remembered");
    let focused = document().active_element().and_then(|e| e.get_attribute("data-testid"));
    assert_eq!(focused.as_deref(), Some("locale-switch"), "a keyboard user stays on the switch");
    let chinese = start_heading(&host);
    drop(handle);
    host.remove();

    // A new start (the full app taking over): it starts in the language on the page. After a
    // reload the loader reads the remembered choice (tests/e2e/locale.test.mjs).
    let host = container();
    let handle = leptos::mount::mount_to(host.clone(), app);
    tick().await;
    assert_eq!(start_heading(&host), chinese);
    assert_eq!(html_lang().as_deref(), Some("zh-CN"));
    click(&host, "[data-testid=locale-switch]");
    tick().await;
    assert_eq!(start_heading(&host), english, "and it switches back");
    assert_eq!(storage().get_item(LOCALE_KEY).unwrap().as_deref(), Some("en"));
    drop(handle);
    host.remove();
    clear_saved_state();
}
