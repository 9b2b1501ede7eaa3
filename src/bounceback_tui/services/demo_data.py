"""The demo's word lists: companies, roles, answers, thoughts and skills it draws from.

Data only (services/demo.py and its parts build rows from them); the draws that pick
from them live with the builder, so a seed's data depends on the order there, not here.
"""

from __future__ import annotations

from bounceback_tui.domain.stages import Stage

COMPANIES = (
    "Northwind Analytics",
    "Bluefin Labs",
    "Quarry & Co",
    "Lumen Health",
    "Paperkite",
    "Tessellate",
    "Harbor Freight Tech",
    "Copperline",
    "Kestrel Robotics",
    "Mosaic Learning",
    "Driftwood Games",
    "Orchard Bank",
    "Helix Bio",
    "Stillwater Energy",
    "Brightpath",
    "Cartograph",
    "Fernhill Media",
    "Ironbark Security",
    "Juniper Logistics",
    "Larkspur AI",
    "Meridian Travel",
    "Nimbus Cloud",
    "Oakleaf Insurance",
    "Pinecrest Retail",
    "Quillon",
    "Riverstone Legal",
    "Saltmarsh Studio",
    "Tidewater Foods",
    "Umbra Networks",
    "Vantage Civic",
    "Willow Care",
    "Yarrow Finance",
    "Zephyr Mobility",
    "Alder Works",
    "Basalt Data",
    "Cinder Audio",
    "Delta Lane",
    "Emberly",
    "Foxglove Health",
    "Granite Ledger",
    "Café Numérique",
    "Zürich Systems",
    "Åsa Design",
    "Nørd Labs",
    "Tanaka & Sons",
)
ROLES = (
    "Backend Engineer",
    "Senior Backend Engineer",
    "Data Analyst",
    "Senior Data Analyst",
    "Product Designer",
    "Site Reliability Engineer",
    "Frontend Developer",
    "Full-Stack Developer",
    "Engineering Manager",
    "Technical Writer",
    "QA Engineer",
    "Machine Learning Engineer",
    "Developer Advocate",
    "Platform Engineer",
    "iOS Developer",
    "Data Engineer",
    "Product Manager",
    "Security Engineer",
)
LOCATIONS = (
    "Berlin",
    "Remote (EU)",
    "London",
    "Lisbon",
    "Amsterdam",
    "New York",
    "Toronto",
    "Remote",
    "Dublin",
    "Barcelona",
    "Austin",
    "Munich",
    "Copenhagen",
    "Paris",
)
SOURCES = ("job_board", "job_board", "job_board", "referral", "recruiter", "company_site", "other")
REASONS = (
    "Went with a candidate with more domain experience.",
    "Position filled internally.",
    "Looking for more experience with Kubernetes.",
    "Strong interview, but another finalist was a closer fit.",
    "Role put on hold after a budget review.",
    "",
    "",
    "No reason given.",
)
ANSWERS = {
    "reflect.prepared": (
        "I knew the product well, but I bluffed through the question on capacity planning.",
        "Solid on the take-home; I hadn't read up on their data stack and it showed.",
        "Prepared for the technical rounds, not for the culture conversation.",
        "Well prepared for the first call. By the final round I was winging the numbers.",
    ),
    "reflect.soft_skills": (
        "Mostly technical. I never told the story about mediating the release dispute.",
        "I think the collaboration examples landed well.",
        "I only talked about tools. Next time: one story about mentoring.",
    ),
    "reflect.redo": (
        "'Tell me about a failure': I'd pick a real one, not a humble-brag.",
        "The system design question: start with requirements, not boxes.",
        "Salary expectations: give a range with reasons.",
    ),
    "reflect.went_well": (
        "The pairing exercise. They laughed at my joke about off-by-one errors.",
        "I asked good questions about their on-call.",
        "I stayed calm when the live coding stalled.",
    ),
    "feedback.response": (
        "They said my system design was strong but they wanted more people leadership.",
        "Recruiter said: strong candidate, keep an eye on future openings.",
        "The hiring manager wanted someone who had run Kafka in production.",
        "Short reply: they chose an internal candidate. Kind of them to say so.",
    ),
}
# A no on paper (at Applied: no one spoke to them) has a plan of its own, and its reasons,
# answers and drafts mention no interview. Each tuple is as long as the one it stands in for,
# so a seed draws the same numbers whichever kind of no it builds.
REASONS_ON_PAPER = (
    "Went with applicants whose experience was a closer match.",
    "Position filled internally.",
    "Looking for more experience with Kubernetes.",
    "A very large number of applications this time.",
    "Role put on hold after a budget review.",
    "",
    "",
    "No reason given.",
)
ANSWERS_ON_PAPER = {
    "reflect.posting": (
        "They asked for work with stakeholders; I never mentioned the quarterly reviews I ran.",
        "The Python and the SQL were there. The on-call experience they wanted was not.",
        "Most of their asks were in it, but buried on the second page.",
        "I matched their list, but never said why this team, so it read like any application.",
    ),
    "reflect.results": (
        "Mostly duties. 'Maintained the pipeline' should say it cut the nightly run to 40 minutes.",
        "The newest job shows results; the two before it are lists of tasks.",
        "Better than I feared: four of the six lines have a number.",
    ),
    "reflect.research": (
        "To any company, honestly. It was the same cover note as last week's.",
        "I had read their engineering blog, but none of it made it into the letter.",
        "I named their product, not the problem the team is working on.",
    ),
    "reflect.went_well": (
        "I applied in the first week, and the cover note was short and clear.",
        "The portfolio link worked and showed the dashboard project well.",
        "I asked someone who works there about the team before applying.",
    ),
    "feedback.response": (
        "They said the other applicants had more years in fintech.",
        "Recruiter said: strong profile, keep an eye on future openings.",
        "Hundreds applied, so they could not give feedback to each person.",
        "Short reply: they chose an internal candidate. Kind of them to say so.",
    ),
}
# Half-written answers left as drafts in the newest plans.
DRAFTS = (
    "I think the part where I",
    "Honestly, the first interview went",
    "Next time I want to",
)
DRAFTS_ON_PAPER = (
    "I think the part where I",
    "Reading the posting again, I",
    "Next time I want to",
)
ASKED_VIA = ("email", "email", "recruiter", "phone", "linkedin")

# (thought, traps chosen, evidence for, evidence against, balanced thought)
THOUGHTS = (
    (
        "I'll never get hired anywhere.",
        ("overgeneralization", "fortune_telling"),
        "Three no's in two weeks.",
        "I reached a final round this month; two companies still have my application.",
        "It's a slow market and it hurts, but I'm getting further each time.",
    ),
    (
        "They must have thought I was a fraud.",
        ("mind_reading", "labeling"),
        "I hesitated on the capacity question.",
        "They said my debugging was 'really solid'. Nobody called me a fraud.",
        "I don't know what they thought. I know one answer was shaky and the rest were fine.",
    ),
    (
        "If I don't get this job my career is over.",
        ("catastrophizing", "all_or_nothing"),
        "I really wanted this team.",
        "I've changed jobs before; careers are long and this is one role.",
        "Losing this one is a real disappointment, not the end of anything.",
    ),
    (
        "I should have been perfect in that interview.",
        ("should_statements", "all_or_nothing"),
        "I stumbled twice.",
        "Nobody is perfect in interviews; interviewers expect some stumbles.",
        "I'd like to be sharper on system design, and I can practise that.",
    ),
    (
        "Everyone else on my course already has a job.",
        ("comparing", "overgeneralization"),
        "Four friends from the course started jobs this spring.",
        "At least half the cohort is still looking; I only hear about the offers.",
        "Some people found work sooner. My timeline is mine.",
    ),
    (
        "I feel useless, so I must be useless.",
        ("emotional_reasoning", "labeling"),
        "I haven't had an offer in three months.",
        "Last week I fixed a bug for a friend's project in an afternoon.",
        "I feel useless today; that's a feeling about a hard stretch, not a fact about me.",
    ),
    (
        "The one question I fumbled ruined everything.",
        ("mental_filter", "catastrophizing"),
        "I froze on the SQL window-function question.",
        "The pairing exercise went well and they laughed at my joke.",
        "One answer went badly; most of the interview went well.",
    ),
    (
        "They only said nice things to be polite.",
        ("disqualifying_positive", "mind_reading"),
        "Recruiters are trained to be friendly.",
        "The feedback named two specific things I did well.",
        "Specific praise is worth taking seriously, even after a no.",
    ),
    (
        "It's my fault the team didn't like me.",
        ("personalization", "mind_reading"),
        "One interviewer seemed cold.",
        "They said the role went to someone with domain experience I don't have.",
        "Fit and timing played a part; I can't control every reaction.",
    ),
    (
        "The recruiter set me up to fail.",
        ("blaming",),
        "She gave me the wrong stack to prepare.",
        "I didn't ask what the technical round would cover.",
        "The brief was unclear, and next time I'll ask what to prepare.",
    ),
    (
        "I always freeze when they ask about salary.",
        ("overgeneralization",),
        "I froze in the last two calls.",
        "In March I gave a range with reasons and it went fine.",
        "Salary talks make me nervous; I've handled them before with a prepared range.",
    ),
    (
        "I'm such a loser for still being unemployed.",
        ("labeling",),
        "It's been five months.",
        "Searches in this field often take six months or more.",
        "I'm someone in a long search, doing the work each week.",
    ),
    (
        "Nobody will want someone with a gap in their CV.",
        ("fortune_telling", "overgeneralization"),
        "One recruiter asked about the gap.",
        "Two interviews this month went ahead despite it.",
        "Some employers will ask about the gap; I have a clear answer ready.",
    ),
)
FEELINGS = ("sad", "anxious", "ashamed", "angry", "discouraged")
# (title, kind, why it matters, resources: (url, note) pairs; an empty url is a note only).
SKILLS = (
    (
        "System design interviews",
        "interviewing",
        "I freeze when the whiteboard is blank.",
        (
            ("https://github.com/donnemartin/system-design-primer", "the primer, one topic a day"),
            ("", "Mock round with Priya every other Thursday"),
        ),
    ),
    (
        "Telling stories about teamwork",
        "soft_skill",
        "Interviewers want to hear how I work with people, not only what I built.",
        (("", "Write three STAR stories: the release dispute, mentoring, the migration"),),
    ),
    (
        "Kubernetes basics",
        "technical",
        "It keeps coming up in platform roles.",
        (("https://kubernetes.io/docs/tutorials/kubernetes-basics/", "official tutorial"),),
    ),
    (
        "Quantify impact on the resume",
        "resume",
        "My bullet points list tasks, not results.",
        (("", "Add one number to every bullet"),),
    ),
    (
        "Negotiating salary",
        "soft_skill",
        "I accepted the first number last time.",
        (("https://www.levels.fyi/", "check ranges before the call"),),
    ),
    (
        "SQL window functions",
        "technical",
        "Two take-homes asked for running totals.",
        (("https://www.sqlite.org/windowfunctions.html", "SQLite docs"),),
    ),
    (
        "Behavioural questions with STAR",
        "interviewing",
        "My answers ramble past the point.",
        (("", "Record myself answering, then cut to two minutes"),),
    ),
    (
        "Public speaking",
        "soft_skill",
        "Panel interviews and demos make me rush.",
        (("https://www.toastmasters.org/", "a local club meets on Tuesdays"),),
    ),
    ("Terraform", "technical", "Listed in most of the SRE postings I want.", ()),
    (
        "Portfolio case study",
        "other",
        "Show one project end to end, with the trade-offs.",
        (("", "Draft outline first; screenshots later"),),
    ),
    (
        "Talking through trade-offs out loud",
        "interviewing",
        "Feedback said they could not follow my reasoning.",
        (),
    ),
    ("Cover letter that fits on one screen", "resume", "Mine read like a second resume.", ()),
)
# Rough shape of a real search: about a third rejected, many never answered.
STAGE_WEIGHTS = (
    (Stage.SAVED, 8),
    (Stage.APPLIED, 18),
    (Stage.SCREENING, 7),
    (Stage.INTERVIEWING, 9),
    (Stage.OFFER, 2),
    (Stage.ACCEPTED, 1),
    (Stage.REJECTED, 34),
    (Stage.WITHDRAWN, 6),
    (Stage.GHOSTED, 15),
)
