"""Words that tell what kind of skill an item is: the cues behind the first guess at its Kind
(``skill_prefill.guess_kind``). Each is a lower-case pattern matched as a whole word.

A tool or a language is Technical in any trade: "Tableau basics" and "Practise SQL on
real datasets" are as technical as "Excel pivot tables". The kinds are tried in this
module's order, so a title naming both a person skill and a tool ("Presenting dashboards
to stakeholders") is a Soft skill: the tool is how, the people are what to grow.
"""

from __future__ import annotations

RESUME_WORDS: tuple[str, ...] = (
    "resume", "résumé", "cv", "cover letters?", "portfolio", "linkedin",
)  # fmt: skip

SOFT_SKILL_WORDS: tuple[str, ...] = (
    "soft skills?", "team ?work", "collaborat\\w*", "communicat\\w*", "leadership",
    "mentor\\w*", "coaching", "stakeholders?", "conflicts?", "empathy", "people skills",
    "people management", "managing people", "presenting", "presentations?",
    "public speaking", "negotiat\\w*", "networking", "storytelling", "listening",
    "influenc\\w*", "persua\\w*", "facilitat\\w*", "delegat\\w*", "prioriti[sz]\\w*",
    "time management", "relationship building", "emotional intelligence", "assertive\\w*",
    "interpersonal", "cross-functional",
)  # fmt: skip

INTERVIEWING_WORDS: tuple[str, ...] = (
    "interview\\w*", "star (?:method|format|technique|stories|answers?)", "behaviou?ral",
    "live coding", "whiteboard\\w*", "take-home",
)  # fmt: skip

TECHNICAL_WORDS: tuple[str, ...] = (
    # The work itself.
    "technical", "coding", "code", "programming", "scripting", "debugging", "testing",
    "unit tests?", "automation", "algorithms?", "data structures", "system design",
    "architecture", "security", "frontend", "front-end", "backend", "back-end", "stack",
    "apis?", "microservices", "devops", "ci/cd", "cloud", "networks?", "databases?",
    # Languages.
    "sql", "nosql", "python", "java", "javascript", "typescript", "rust", "golang", "c\\+\\+",
    "c#", "kotlin", "swift", "ruby", "php", "scala", "html", "css", "bash", "vba", "matlab",
    # Frameworks and platforms.
    "react", "node(?:\\.js)?", "django", "flask", "spring", "\\.net", "graphql", "linux",
    "git", "docker", "kubernetes", "terraform", "ansible", "jenkins", "aws", "azure", "gcp",
    # Data and analysis.
    "data", "datasets?", "data analysis", "analytics", "statistics", "regression",
    "modell?ing", "machine learning", "deep learning", "ai", "nlp", "pytorch", "tensorflow",
    "pandas", "numpy", "spark", "airflow", "dbt", "snowflake", "bigquery", "etl",
    "excel", "spreadsheets?", "google sheets", "pivot tables?", "tableau", "power bi",
    "looker", "qlik", "dashboards?", "visuali[sz]ations?", "sas", "spss", "stata",
    # Other trades' tools.
    "figma", "photoshop", "illustrator", "autocad", "salesforce", "hubspot", "seo",
    "google analytics", "jira",
)  # fmt: skip

# Names their makers write in lower case (none that is also an everyday word: "make", "pip"):
# at the start of a title they keep it ("dbt models", not "Dbt models"). A word with a
# capital inside it ("iOS", "gRPC") keeps its case unlisted (``skill_prefill.capital_start``).
LOWER_CASE_NAMES: frozenset[str] = frozenset((
    "dbt", "pandas", "numpy", "scipy", "scikit-learn", "sklearn", "matplotlib", "seaborn",
    "polars", "pyspark", "pytest", "xgboost", "lightgbm", "dplyr", "ggplot2", "tidyverse",
    "npm", "pnpm", "conda", "webpack", "jq", "kubectl", "nginx", "zsh",
))  # fmt: skip
