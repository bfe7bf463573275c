//! The charts, drawn as inline SVG: scores as bars (the five archetypes, the three team types),
//! and the roles on ML expertise × communication. Both read without colour (patterns, markers
//! and labels carry the meaning) and carry a title and description for assistive technology.

use leptos::prelude::*;

use super::{locale, tr};
use crate::engine::hiring::Role;
use crate::engine::roles::profile;
use crate::text::{fill, phrases};

const BAR_ROW: u32 = 34;
const LABEL_W: u32 = 210;
const BAR_W: u32 = 300;

/// One bar of a score chart.
#[derive(Clone)]
pub struct Bar {
    pub label: &'static str,
    pub points: u32,
    /// The user's result: hatched and marked.
    pub winner: bool,
}

/// Horizontal bars in the order given (highest score first); the winner is hatched and marked.
#[component]
pub fn ScoreChart(title: &'static str, bars: Vec<Bar>) -> impl IntoView {
    let top = bars.iter().map(|b| b.points).max().unwrap_or(0).max(1);
    let height = BAR_ROW * bars.len() as u32 + 8;
    let desc = bars
        .iter()
        .map(|b| {
            let mark = if b.winner { format!(" ({})", tr("result.archetype.you")) } else { String::new() };
            format!("{}: {}{}", b.label, phrases::points(locale(), b.points), mark)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u32 * BAR_ROW + 4;
            let width = (b.points * BAR_W / top).max(2);
            let fill_attr = if b.winner { "url(#hatch)" } else { "currentColor" };
            let class = if b.winner { "bar winner" } else { "bar" };
            view! {
                <g class=class>
                    <text x=LABEL_W - 8 y=y + 18 text-anchor="end" class="chart-label">
                        {b.label}
                    </text>
                    <rect x=LABEL_W y=y + 4 width=width height="20" rx="3" fill=fill_attr class="chart-bar"></rect>
                    <text x=LABEL_W + width + 6 y=y + 18 class="chart-value">
                        {if b.winner { format!("{} ◀", b.points) } else { b.points.to_string() }}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="score-chart">
            <svg
                viewBox=format!("0 0 {} {}", LABEL_W + BAR_W + 60, height)
                role="img"
                aria-labelledby="score-chart-title score-chart-desc"
                class="chart-svg"
            >
                <title id="score-chart-title">{title}</title>
                <desc id="score-chart-desc">{desc}</desc>
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg"></rect>
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
                    </pattern>
                </defs>
                {rows}
            </svg>
        </figure>
    }
}

const PLOT_W: f32 = 420.0;
const PLOT_H: f32 = 300.0;
const PAD: f32 = 48.0;

/// Where a 1-to-5 rating falls along an axis of the given length.
fn position(value: u8, length: f32) -> f32 {
    PAD + (f32::from(value) - 1.0) / 4.0 * length
}

/// The six roles placed by ML expertise (x) and communication (y); the suggested ones filled
/// and starred, the others hollow.
#[component]
pub fn SkillsChart(suggested: Vec<Role>) -> impl IntoView {
    let (width, height) = (PLOT_W + 2.0 * PAD, PLOT_H + 2.0 * PAD);
    let desc = Role::ALL
        .iter()
        .map(|&role| {
            let skills = profile(role).skills;
            let in_plan = if suggested.contains(&role) { tr("roles.chart.in_plan") } else { "" };
            fill(
                tr("roles.chart.desc"),
                &[
                    ("role", tr(&format!("role.name.{}", role.id()))),
                    ("ml", &skills.ml_expertise.to_string()),
                    ("comm", &skills.communication.to_string()),
                    ("suggested", in_plan),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let points = Role::ALL
        .iter()
        .map(|&role| {
            let skills = profile(role).skills;
            let x = position(skills.ml_expertise, PLOT_W);
            let y = height - position(skills.communication, PLOT_H);
            let chosen = suggested.contains(&role);
            let name = tr(&format!("role.name.{}", role.id()));
            let label = if chosen { format!("★ {name}") } else { name.to_owned() };
            // Labels sit above their dot; at the plot's edges they are aligned inwards so none
            // leaves the drawing.
            let (anchor, dx) = match skills.ml_expertise {
                1 => ("start", -8.0),
                5 => ("end", 8.0),
                _ => ("middle", 0.0),
            };
            view! {
                <g class=if chosen { "role-point chosen" } else { "role-point" } data-role=role.id()>
                    <circle cx=x cy=y r="8"></circle>
                    <text x=x + dx y=y - 14.0 text-anchor=anchor class="chart-label">{label}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="skills-chart">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="img"
                aria-labelledby="skills-chart-title skills-chart-desc"
                class="chart-svg square"
            >
                <title id="skills-chart-title">{tr("roles.chart.title")}</title>
                <desc id="skills-chart-desc">{desc}</desc>
                <line x1=PAD y1=height - PAD + 12.0 x2=PAD + PLOT_W y2=height - PAD + 12.0 class="axis"></line>
                <line x1=PAD - 12.0 y1=PAD y2=height - PAD x2=PAD - 12.0 class="axis"></line>
                <text x=PAD + PLOT_W y=height - PAD + 32.0 text-anchor="end" class="axis-label">{tr("roles.chart.x")}</text>
                <text text-anchor="middle" class="axis-label" transform=format!("translate(16 {}) rotate(-90)", height / 2.0)>
                    {tr("roles.chart.y")}
                </text>
                {points}
            </svg>
        </figure>
    }
}
