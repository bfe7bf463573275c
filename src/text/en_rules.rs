//! English texts of the rule revisions (issue 11): the app's own judgements marked as such,
//! the plan before hiring, the counterfactual's stable case and lines kept to their company
//! size. Facts come from the seeds; the wording is ours.

/// The rule revisions' part of the English catalog.
pub const RULES: &[(&str, &str)] = &[
    ("why.judgement", "The app's own judgement, not a statement of the sources; it builds on"),
    ("arch.tie_rule", "This is the app's own rule, not a source's: when two kinds of organisation score the same, it picks the less mature one, because that advice is cheaper to grow out of than the other is to undo."),
    ("type.tie_rule", "This is the app's own rule, not the article's: when your answers do not separate the kinds of team, it takes the one whose work lies closest to the product (applied, then infra, then research), since a mixed team is usually judged by what reaches users."),
    ("hire.large.ops.running", "Models already run in production here, so an MLOps engineer to deploy and watch them earns a place; give them open-source tools to standardise on rather than a platform of your own to build."),
    ("hire.data.out_of_reach", "Your ML people can hardly get at data today. Someone who builds and runs the pipelines has to come before the people who would use them."),
    ("hire.first.res.small", "ML-first companies draw researchers more easily than most, but at your size the first people must ship; a researcher who only explores can wait."),
    ("hire.gate.data.unsure", "While nobody knows whether the training data can be had, a data engineer is the one hire that helps you find out: if you hire anyone before that is settled, make it this role."),
    ("design.fit.typical_weakness", "Your answer is what R&D ML usually looks like, and it is also what keeps R&D work from reaching the business: the hiring plan below aims at changing it."),
    ("train.upskill.hire_first", "Hire experienced people for this role where you can find them, and give your ML-curious engineers an ML education alongside, so that they can grow into it."),
    ("anti.custom_platform.other_size", "Building your own ML platform: Biewald gives this warning to large companies, where platform teams tend to build stacks that no one can standardise. A smaller company has even fewer people to spare for it; open-source tools will carry you."),
    ("anti.custom_models.other_size", "Designing your own architectures: Biewald says this to large companies, and it holds for a smaller one too, which can afford custom work even less. Start from standard open-source models and prove a custom design is needed first."),
    ("arch.summary.A-FIRST.small", "ML is what the company is built around and the CEO puts money into it. In big tech this kind also runs a separate ML group on long, hard problems; at your size the same few people chase quick wins and the long bets alike. Data access, the pull on candidates and the path to deployment are at their best here; the hard part is getting ML thinking into every corner of the company."),
    ("counterfactual.stable", "Your result is stable: no one or two changes to what you control (who does ML, reporting line, investment, data, production, emphasis) would make you look like another kind of organisation worth aiming at. The answer that comes closest: {changes}."),
    ("counterfactual.stable_none", "Your result is stable: no change to what you control (who does ML, reporting line, investment, data, production, emphasis) brings you closer to another kind of organisation worth aiming at."),
    ("hire.if_settled", "Some answers at the gate are still open. Settle them first: the hiring order below is what follows if they turn out yes."),
    ("hire.before.data_pilot", "Before anyone is hired, run a small data pilot: log the inputs and outcomes of the problem, or label a few hundred examples by hand, until you know the data can be had. Until then there is nothing for a team to learn from."),
    ("anti.pin_factory.ml_first", "A \"pin factory\": the people who build models pass files to other engineers, who rebuild them for production. That is not the same as handing a finished, running model to the team that uses it, as ML-first companies do; the rebuilding step is what costs time and muddies who owns a model when it fails. Let the builders ship what they build."),
    ("design.fit.small_company", "You said the people who build models also deploy them. At your size that is the expected way to work: one practitioner builds the whole system end to end, and handing models over only comes with a larger organisation."),
];
