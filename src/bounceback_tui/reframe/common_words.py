"""Everyday words that are never "repaired" into a cue word, however close they look.

Typo repair (words.TypoRepair) would otherwise read "morning" as "moron", "heard" as
"head" or "contract" as "contact". This list only has to hold real words that sit one
letter away from a cue word; it grows when the benchmark's misses show a new one.
"""

from __future__ import annotations

COMMON_WORDS: frozenset[str] = frozenset(
    str.split(
        """
    a about above after again against all along also always am among an and another any
    anyone are around as ask at away back bad be because been before began behind being
    below best better between big both bring brought but by call came can care case change
    child close cold come could country course day days did different do does doing done
    down during each early end enough even event ever every eye face fact family far feel
    felt few find first follow food for found four free friend from full gave get give go
    going good got great group had hand hard has have he head hear heard help her here high
    him his home house how however idea if important in into is it its just keep kind knew
    know large last late later lead learn least leave left less let life light like line
    little live long look lot love made make man many may me mean men might mind minute
    money month more morning most mother move much must my name near need never new next
    night no not nothing now number of off often old on once one only open or order other
    our out over own page paper part past people place plan play point power problem put
    question quick quiet quite rather read real really right room run said same saw say
    school second see seem seen send sense set she should show side since small so some
    something sometimes soon sound spend spent stand start state still stop story study
    such sure take talk tell than that the their them then there these they thing things
    think this those though thought three through time to today together told too took
    toward tried try turn two under until up upon us use used very walk want was watch
    water way we week well went were what when where which while white who whole whom why
    will with within without word work world would write year years yes yet you young your
    fever sever lever oven hire hired tired fired wired mist mast post host lost cost fell
    fill fall belt melt thin thank pure cure wont ball bell cell hope hole hose lose loose
    mess mass miss luck lock lack lick sad bed bid bud job jobs joke jokes toll hold held
    nice mice rice dice bind deal dead dear deaf fear gear near hear seek moan team teams
    tea lasting plans role roles rule rules hunt hunting hunted apply applied applying offer
    offers hiring career cover letter lower lover loner tower mower board broad bread fame
    fate hazy horse nurse contract contracts morn mourn along alone quit quite quiet event
    events heard head heads send sends spend spends spending could cold colder
    recruiter manager salary benefits remote hybrid office commute weekend monday tuesday
    wednesday thursday friday saturday sunday coffee lunch dinner breakfast gym yoga sleep
    hungry happy glad proud calm relieved hopeful excited curious lonely grateful thankful
    worried stressed frustrated irritated furious jealous envious hurt ignored unseen
    overlooked valued respected trusted liked loved missed wanted needed expected hoped
    planned tested checked asked answered replied emailed called texted messaged posted
    shared commented followed connected network portfolio resume reference referral
    interview panel onsite screening technical behavioural behavioral answer example
    project senior junior level title promotion raise bonus equity stock option freelance
    consulting startup company agency studio lab university college degree bootcamp
    certificate exam grade score quiz assignment homework deadline schedule calendar
    meeting standup sprint release deploy bug feature design code review request merge
    branch commit version data model pipeline cloud server database website blog article
    book podcast video conference meetup party wedding birthday holiday vacation trip
    flight train bus car bike flat apartment rent mortgage bills savings budget debt loan
    bank account card insurance doctor dentist therapist coach mentor partner husband wife
    boyfriend girlfriend father mom dad parent kid son daughter brother sister cousin aunt
    uncle neighbour neighbor colleague coworker boss client customer user founder director
    talent intern graduate volunteer candidate applicant competition market economy
    layoffs redundancy severance notice resignation contractor gig hobby music guitar piano
    drawing painting writing reading cooking baking gardening hiking swimming football
    tennis chess games movies series news weather rain snow sun warm cool wind storm
    stories story storey sorry worry worried hurry carry marry
    """
    )
)
