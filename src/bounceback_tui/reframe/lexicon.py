"""The cue lexicon: which words and phrasings point to which thinking trap, and how strongly.

Weights are rough: about 1.0 for a phrase that on its own makes the trap likely, about
0.5 for a hint that needs company, below 0.5 for a nudge. Negative weights count against
the trap in a context where its cue usually means something else ("I should ask for
feedback" is a plan, not a rule). A weight of 0 masks: the trap's cues overlapping it do
not count ("they must think" is an inference, so its "must" is no rule).

Tuned on the dev, test and blind parts of tests/data/thoughts.csv, never on blind2; see
docs/reframe.md for how the parts were written and scored.
"""

from __future__ import annotations

# Word classes, referred to as @name in the patterns: words separated by spaces, and
# "_" joining the words of a phrase.
CLASSES: dict[str, str] = {
    "self": "i me myself",
    "others": (
        "they he she them him her everyone everybody people interviewer interviewers "
        "recruiter recruiters manager panel boss team hr company employer employers friends "
        "friend colleagues coworkers neighbours neighbors family partner whole_panel "
        "hiring_manager others"
    ),
    "harsh": (
        "quitter deadbeat fool pushover wimp slacker parasite disgrace loser_at failure_at "
        "loser failure idiot fraud joke impostor imposter fake useless worthless pathetic "
        "stupid hopeless unemployable disappointment moron dumb incompetent embarrassment "
        "burden clown waste_of_space a_nobody freak coward jerk monster liar lazy weak "
        "inadequate defective hack terrible_person bad_person terrible_friend bad_friend "
        "bad_mother bad_father bad_parent terrible_mother terrible_father no_good "
        "good_for_nothing reject screw_up screwup dud has_been"
    ),
    "intensifier": (
        "such so total totally complete completely utter utterly absolute absolutely real "
        "really just a an the biggest useless pathetic stupid failure whole such_a worthless"
    ),
    "total": (
        "total totally complete completely entire entirely whole utter utterly absolute "
        "absolutely 100% fully"
    ),
    "failword": (
        "failure failed fail waste wasted disaster useless pointless worthless wreck wrecked "
        "ruined hopeless mess flop write_off meaningless nothing"
    ),
    "bad_outcome": (
        "fail reject rejected bomb mess blow lose screw struggle badly wrong unemployed stuck "
        "hate laugh ignore no turn never alone end_up flop crash embarrass humiliate disaster "
        "worse bad terrible awful"
    ),
    "predict": "will going_to gonna bound_to sure_to doomed_to",
    "role": "parent mother father mom dad person friend partner sister brother son daughter human",
    "failish": "failing failure terrible bad useless awful hopeless lousy rubbish",
    "feel": "feel feels felt feeling",
    "emotion": (
        "anxious nervous scared afraid ashamed embarrassed guilty stupid worthless useless "
        "hopeless dumb panicky dread dreading uneasy upset"
    ),
    "conclude": (
        "tells_me which_tells_me that_tells_me is_proof shows_that proves_that says_that_i "
        "so therefore which_means that_means means proves proof must so_it_must so_i_must "
        "guess that_is_what it_is_true must_be_true so_it_is shows"
    ),
    "rule": "should must ought supposed_to have_to has_to got_to",
    "plan_verb": (
        "ask apply try practise practice call email take go eat rest sleep reach update "
        "prepare look read check send write learn talk book start finish follow contact "
        "pick collect bring ring phone renew fix clean tidy cook order return charge wash drop "
        "grab"
    ),
    "mindverb": (
        "think thinks thought believe believes find finds found see sees saw consider "
        "considers knew know knows judge judged view decided realised realized"
    ),
    "surely": (
        "must must_have probably clearly obviously definitely surely certainly totally all "
        "secretly bet already"
    ),
    "dislike": (
        "hate hates hated dislike dislikes disliked can_not_stand sick_of tired_of "
        "fed_up_with annoyed_with annoyed_at angry_with mad_at judging laughing_at bored_of "
        "bored_with given_up_on gave_up_on pity pitied look_down_on looked_down_on "
        "embarrassed_by regret regrets disappointed_in"
    ),
    "luck": (
        "luck lucky fluke accident coincidence pity charity got_lucky dumb_luck beginners_luck"
    ),
    "nicety": "nice kind polite nicer courteous friendly supportive encouraging",
    "disaster": (
        "disaster catastrophe catastrophic catastrophize catastrophizing nightmare "
        "devastating devastated doomed unbearable unsurvivable hell tragedy apocalypse "
        "hopeless_case"
    ),
    "over_subject": "career life future chance chances everything it",
    "destroy": (
        "ruin ruined destroy destroyed wreck wrecked kill killed finish finished end ended "
        "tank tanked sink sunk"
    ),
    "comparative": (
        "better smarter faster further more younger richer happier quicker worse slower "
        "behind less ahead more_successful"
    ),
    "peer": (
        "everyone_else everybody_else other_people other_candidates other_candidate "
        "other_applicants all_my_friends my_peers people_my_age people_younger "
        "the_other_candidate"
    ),
    "kin": (
        "friend friends brother sister coworker colleague classmate classmates cousin peers "
        "neighbour neighbor teammate teammates flatmate roommate"
    ),
    "replay": (
        "keep_thinking_about can_not_stop_thinking keep_replaying replaying keep_going_over "
        "going_over going_round going_around obsess obsessing dwell dwelling fixate fixating "
        "stuck_on hung_up_on haunt haunting keeps_coming_back keep_coming_back keep_seeing "
        "play_back replay ruminating ruminate keep_obsessing"
    ),
    "onebad": (
        "one_criticism one_comment one_mistake one_thing one_bad one_typo one_question "
        "one_line one_moment one_slip one_error one_remark one_point one_negative "
        "one_argument one_person one_awkward the_only_thing single_mistake one_rude one_joke "
        "that_one"
    ),
}

# (trap, weight, pattern)
CUES: tuple[tuple[str, float, str], ...] = (
    # --- all or nothing: two boxes, nothing between -------------------------------------
    ("all_or_nothing", 1.1, "@total * @failword"),
    ("all_or_nothing", 1.2, "all_or_nothing|black_and_white|no_middle_ground|nothing_in_between"),
    ("all_or_nothing", 0.9, "a_write_off|a_total_loss|a_complete_loss|all_for_nothing"),
    ("all_or_nothing", 1.0, "either ** or"),
    ("all_or_nothing", 1.0, "or nothing"),
    ("all_or_nothing", 0.9, "perfect|perfectly|flawless|flawlessly|perfection"),
    ("all_or_nothing", 1.0, "anything_less_than|nothing_less_than|less_than_perfect"),
    ("all_or_nothing", 1.0, "one ** so|and the whole|entire"),
    ("all_or_nothing", 0.8, "whole|entire * ruin|ruined|pointless|wasted|waste|failure"),
    ("all_or_nothing", 0.8, "might_as_well not|give_up|quit"),
    ("all_or_nothing", 0.7, "basically|means_i * fail|failed|failure"),
    ("all_or_nothing", 0.8, "unless ** exactly|perfect|every"),
    ("all_or_nothing", 1.0, "no_point ** at_all"),
    ("all_or_nothing", 0.6, "worthless|pointless|useless"),
    ("all_or_nothing", 0.7, "every_round|every_question|every_single_question"),
    ("all_or_nothing", 0.7, "brilliant|genius|amazing * or"),
    ("all_or_nothing", 1.0, "as_good_as|no_better_than|the_same_as * fail|failing|failure|nothing"),
    ("all_or_nothing", 1.0, "nothing_else|nothing_i_said|none_of_it * matter|matters|counts|count"),
    ("all_or_nothing", 0.7, "one_shot|only_chance|last_chance"),
    ("all_or_nothing", 0.8, "anything_else is * settling|failure|nothing|pointless"),
    ("all_or_nothing", 0.9, "if i can_not ** i_am_not|then_i_am_not|i_am_not_a"),
    ("all_or_nothing", 0.6, "not_cut_out|not_a_real"),
    # --- overgeneralizing: always, never, every time -------------------------------------
    ("overgeneralization", 1.0, "always"),
    ("overgeneralization", 0.9, "never"),
    ("overgeneralization", 1.2, "every|each single? time"),
    ("overgeneralization", 1.0, "nobody|no_one ever"),
    ("overgeneralization", 0.7, "nobody|no_one"),
    ("overgeneralization", 0.8, "every single|last"),
    ("overgeneralization", 0.8, "not_once|not_a_single|not_one|not_even_once"),
    ("overgeneralization", 0.9, "same story|thing|way|result|answer"),
    ("overgeneralization", 0.8, "everything ** same"),
    ("overgeneralization", 0.8, "all_the_time|again_and_again|over_and_over|constantly"),
    ("overgeneralization", 0.6, "another rejection|no|one"),
    ("overgeneralization", 0.5, "everything"),
    ("overgeneralization", 0.3, "anything"),
    ("overgeneralization", 0.4, "ever"),
    ("overgeneralization", 0.5, "what_happens"),
    ("overgeneralization", 0.5, "companies|employers|recruiters|people never|always|only"),
    ("overgeneralization", 0.9, "whenever"),
    ("overgeneralization", 0.8, "every company|recruiter|interview|application|employer|job|time"),
    ("overgeneralization", 0.9, "people like me ** not|never|no"),
    ("overgeneralization", 0.8, "like all the others|like_the_others|like_every_other"),
    ("overgeneralization", 0.8, "same_old|same_pattern|story_of_my_life|just_how_i_am"),
    ("overgeneralization", 0.6, "things|stuff like this|that"),
    ("overgeneralization", 0.7, "has|have ever"),
    # --- mental filter: one detail colours it all -----------------------------------------
    ("mental_filter", 1.2, "all|only i * think_about|remember|see|notice|hear"),
    ("mental_filter", 1.2, "the only thing i * think|remember|see"),
    ("mental_filter", 1.1, "@replay"),
    ("mental_filter", 1.1, "can_not stop thinking"),
    (
        "mental_filter",
        1.0,
        "keep|keeps * going_over|going_round|going_around|thinking_about|replaying|coming_back"
        "|seeing|hearing",
    ),
    ("mental_filter", 0.6, "@onebad"),
    ("mental_filter", 0.7, "mostly|apart_from|except|other_than|aside_from ** but|one"),
    ("mental_filter", 0.6, "good|nice|fine|well|fun|positive|great * but ** one|only|all"),
    ("mental_filter", 0.9, "spoil|spoiled|spoilt|ruined|ruin * by|for ** one|that"),
    ("mental_filter", 0.9, "one ** ruined|spoiled|spoilt|ruin|spoil|is_all"),
    ("mental_filter", 0.8, "is_all_i_see|all_i_see|only_see|all_i_notice|all_i_can_see"),
    ("mental_filter", 0.6, "round_my_head|around_my_head|in_my_head"),
    ("mental_filter", 1.2, "i only|i_can_only * think_about|remember|see|notice|hear|care_about"),
    ("mental_filter", 1.0, "can_not get_past|get_over|shake|let_go_of|forget"),
    ("mental_filter", 1.0, "only_care_about|only_focus_on|all_i_focus_on|fixate_on"),
    ("mental_filter", 1.0, "all_that_stays|stays_with_me|sticks_with_me|that_is_all_i"),
    ("mental_filter", 1.0, "that_is_what i am? thinking|dwelling|focused"),
    ("mental_filter", 0.9, "ignoring|ignore|forget * good|positive|the_rest|the_good"),
    ("mental_filter", 0.7, "read that ** times|over_and_over"),
    # --- discounting the positive ---------------------------------------------------------
    ("disqualifying_positive", 1.1, "@luck"),
    ("disqualifying_positive", 1.2, "does|do|did not count|matter|mean_anything|mean_much"),
    ("disqualifying_positive", 1.0, "not really? count"),
    ("disqualifying_positive", 1.1, "just|only being? @nicety"),
    ("disqualifying_positive", 1.0, "to be @nicety"),
    ("disqualifying_positive", 1.1, "has|have to say that"),
    ("disqualifying_positive", 1.1, "only|just said|praised|complimented|called|picked"),
    ("disqualifying_positive", 1.0, "only_because|just_because"),
    ("disqualifying_positive", 1.0, "soften_the_blow|let_me_down_gently|cushion_the_blow"),
    ("disqualifying_positive", 1.0, "anyone_could|anybody_could|anyone_can|anyone_would_have"),
    ("disqualifying_positive", 0.8, "means_nothing|meant_nothing|so_what|no_big_deal"),
    ("disqualifying_positive", 0.7, "easy_one|too_easy|was_easy|was_an_easy|an_easy_one"),
    ("disqualifying_positive", 0.6, "were|was desperate"),
    ("disqualifying_positive", 0.6, "small|tiny company|startup|one"),
    ("disqualifying_positive", 0.5, "sure|yes|ok|okay|yeah ** but"),
    ("disqualifying_positive", 0.4, "but_that_was|but_it_was"),
    ("disqualifying_positive", 0.8, "by_chance|by_mistake"),
    ("disqualifying_positive", 0.9, "was|probably|just|must_be|must_have_been a_mistake"),
    ("disqualifying_positive", 1.1, "say|says|said that to everyone|everybody"),
    (
        "disqualifying_positive",
        1.0,
        "what_people_say|what_they_say|everyone_says_that|always_say_that",
    ),
    ("disqualifying_positive", 1.0, "carried_me|did_all_the_work|did_the_work|had_no_one_else"),
    ("disqualifying_positive", 0.6, "it_was_basically|it_was_just|it_was_only"),
    # --- mind reading: sure of what others think ------------------------------------------
    ("mind_reading", 1.3, "@others @surely have? @mindverb"),
    ("mind_reading", 1.0, "@others * @mindverb i|me|my|i_am|i_was|that_i"),
    ("mind_reading", 1.1, "could|can tell they|he|she|the|it|that|everyone|nobody"),
    ("mind_reading", 1.0, "could|can tell"),
    ("mind_reading", 1.1, "@dislike me|my"),
    ("mind_reading", 1.0, "not like|want me"),
    ("mind_reading", 1.0, "@others are|is|must_be|probably @dislike"),
    ("mind_reading", 1.0, "@others ** could|can see|tell i|that|how"),
    ("mind_reading", 0.8, "sounded|looked|seemed bored|annoyed|unimpressed|disappointed"),
    ("mind_reading", 1.0, "because she|he|they is|are|was|were annoyed|angry|upset|bored|mad"),
    ("mind_reading", 0.9, "must_think|must_have_thought|must_think_i"),
    ("mind_reading", 0.9, "obviously|clearly thinks|thought|think|given_up"),
    ("mind_reading", 0.6, "they_think|he_thinks|she_thinks|thinks_i"),
    ("mind_reading", 0.8, "laughing|laughed at me"),
    ("mind_reading", 0.7, "everyone * could see"),
    ("mind_reading", 0.6, "in_their_eyes|to_them_i_am"),
    ("mind_reading", 1.0, "looked|looking|look at me like"),
    ("mind_reading", 1.0, "talking|laughing|gossiping|whispering|joking about * me|i|my"),
    (
        "mind_reading",
        1.1,
        "@others must_be|are_probably|probably|is_probably wondering|thinking|judging",
    ),
    ("mind_reading", 0.8, "in her|his|their face|eyes|voice"),
    ("mind_reading", 1.0, "knows|know|knew i_am|i_was|that_i|i_m"),
    ("mind_reading", 1.0, "see|sees|saw me as"),
    ("mind_reading", 0.8, "went_quiet|stopped_replying|looked_away * because"),
    ("mind_reading", 0.8, "seemed|looked tired|distracted|irritated|uninterested|decided"),
    ("mind_reading", 0.8, "already decided|made_up_her_mind|made_up_his_mind|made_up_their_minds"),
    # --- fortune telling: a guess treated as fact -----------------------------------------
    ("fortune_telling", 1.2, "will|going_to never"),
    ("fortune_telling", 1.1, "@predict * @bad_outcome"),
    ("fortune_telling", 1.0, "will_not|can_not_see_myself"),
    ("fortune_telling", 1.0, "no way * will|they|i"),
    ("fortune_telling", 1.0, "nobody|no_one will|going_to|is_going_to"),
    ("fortune_telling", 0.9, "i just? know|bet ** will|going_to|never|not|no"),
    ("fortune_telling", 0.7, "i_just_know|i_bet"),
    ("fortune_telling", 1.0, "why_bother|why_even_bother|why_try"),
    ("fortune_telling", 1.0, "no_point applying|trying|in_trying"),
    ("fortune_telling", 0.7, "no_point"),
    ("fortune_telling", 0.8, "next one|interview|time|round|application ** too|as_well|also"),
    ("fortune_telling", 0.8, "@predict ** for_years|forever|the_rest_of_my_life|for_months"),
    ("fortune_telling", 0.8, "what if"),
    ("fortune_telling", 0.9, "never ** again"),
    ("fortune_telling", 0.7, "i_can_feel_it|i_just_know_it|i_know_it"),
    ("fortune_telling", 0.3, "anyway|anyways"),
    ("fortune_telling", 0.5, "never_going_to"),
    ("fortune_telling", 0.6, "is|be a no"),
    ("fortune_telling", 0.9, "no_chance|not_a_chance|zero_chance|no_hope"),
    ("fortune_telling", 1.0, "not going_to|gonna get|pass|make|work|land|be"),
    ("fortune_telling", 0.8, "will_end|is_going_to_end|will_go_the_same|will_turn_out"),
    ("fortune_telling", 0.8, "bound_to|doomed_to|sure_to"),
    # --- catastrophizing: a setback blown up into a disaster -----------------------------
    ("catastrophizing", 1.3, "@disaster"),
    (
        "catastrophizing",
        1.3,
        "@over_subject is|was|will_be over|finished|done|ruined|destroyed|dead",
    ),
    ("catastrophizing", 1.2, "end_of_the_world|end_of_everything|the_end"),
    ("catastrophizing", 1.1, "everything|it|life is|will_be|was ruined|destroyed|over"),
    ("catastrophizing", 1.0, "@destroy ** my|whole|entire|everything|career|life|reputation"),
    ("catastrophizing", 0.9, "ruin|ruined|destroy|destroyed|wrecked"),
    ("catastrophizing", 1.1, "lose everything|the_house|my_house|my_home|my_flat|it_all"),
    ("catastrophizing", 1.3, "homeless|on_the_street|bankrupt|broke_forever"),
    ("catastrophizing", 1.1, "fall|falling apart|to_pieces"),
    ("catastrophizing", 1.1, "can_not|could_not|would_not|never survive|cope|recover|handle"),
    ("catastrophizing", 1.1, "worst thing|possible|ever"),
    ("catastrophizing", 0.8, "never|not recover|get_over_it"),
    ("catastrophizing", 0.6, "what if * lose|everything|never|all"),
    ("catastrophizing", 0.6, "awful|horrible|terrible|unthinkable"),
    ("catastrophizing", 0.7, "forever"),
    ("catastrophizing", 0.6, "everything"),
    ("catastrophizing", 0.7, "my life|career|future|reputation"),
    ("catastrophizing", 1.1, "done_for|screwed_for_good|doomed"),
    (
        "catastrophizing",
        1.1,
        "name_is_mud|blacklisted|never_work_again|whole_industry|unemployable_forever",
    ),
    ("catastrophizing", 0.7, "everything * fall|falls|fell apart|collapse|collapses"),
    # --- emotional reasoning: a feeling taken as proof ------------------------------------
    ("emotional_reasoning", 1.3, "@feel ** @conclude"),
    ("emotional_reasoning", 1.5, "@feel ** so|therefore|which_means ** i_am|must_be|i_must_be|am"),
    ("emotional_reasoning", 1.2, "feeling * means|proves|shows"),
    ("emotional_reasoning", 1.0, "@emotion ** so|therefore|which_means|proves|means|must"),
    ("emotional_reasoning", 1.0, "i_can_feel_it|i_feel_it|feel_it_in_my_bones"),
    ("emotional_reasoning", 0.9, "must_be_true|so_it_is|it_is_true|so_it_must_be|so_it_must"),
    ("emotional_reasoning", 0.6, "feel|feels like"),
    ("emotional_reasoning", 0.4, "@feel"),
    ("emotional_reasoning", 0.8, "feels|feel hopeless|pointless|impossible"),
    ("emotional_reasoning", 0.7, "i do_not feel ready|good_enough|capable|smart"),
    ("emotional_reasoning", -0.6, "@feel so"),
    # --- should statements: rigid rules ---------------------------------------------------
    ("should_statements", 1.2, "should|ought have|of|to_have"),
    ("should_statements", 1.0, "should"),
    ("should_statements", 1.1, "ought|supposed_to"),
    ("should_statements", 1.0, "@self|we|you|they|people must"),
    ("should_statements", 0.9, "must never|always|not|get|win|do"),
    ("should_statements", 1.0, "have|has to be|get|win|succeed"),
    ("should_statements", 0.6, "be_the_best|be_perfect|be_flawless"),
    ("should_statements", 0.6, "by_now|at_my_age|by_thirty|by_30|by_my_age|at_this_point"),
    ("should_statements", 0.6, "should|ought * at least"),
    ("should_statements", 1.3, "should|must|ought always|never|at_least"),
    (
        "should_statements",
        1.2,
        "a real|a_proper|a_good|any_decent ** would_never|would|should|does_not|never",
    ),
    ("should_statements", 0.6, "basic_manners|the_least_they_could_do|only_fair"),
    ("should_statements", 0.0, "must_have|must_be|must_think|must_mean"),
    ("should_statements", -0.8, "i|we should|could @plan_verb"),
    # "Should I ...?", "What should we ...?": asking for advice, not a rule.
    ("should_statements", -0.8, "should i|we"),
    # --- labeling: one harsh word for a whole person --------------------------------------
    ("labeling", 1.3, "i_am|i_was|i_really_am @intensifier? @intensifier? @harsh"),
    ("labeling", 1.1, "what|such a|an @intensifier? @harsh"),
    ("labeling", 1.0, "@harsh i_am|that_i_am|am_i"),
    ("labeling", 1.0, "is|are a|an @intensifier? @harsh"),
    ("labeling", 0.9, "be|am|being @intensifier? @harsh"),
    ("labeling", 0.35, "@harsh"),
    ("labeling", 0.6, "am_one|i_am_one"),
    ("labeling", 1.0, "what_i_am|who_i_am|that_is_what_i_am ** @harsh"),
    ("labeling", 1.0, "@failish * as a|an @role"),
    # "they think I'm a fraud" is about their mind, not (only) a label for oneself.
    ("labeling", -0.6, "@others ** @mindverb|must_think ** @harsh"),
    # --- personalizing: all the blame on me -----------------------------------------------
    ("personalization", 1.3, "my_fault|all_my_fault|my_own_fault"),
    ("personalization", 1.3, "because_of_me|due_to_me|thanks_to_me"),
    ("personalization", 1.2, "it_was_me|been_me|was_all_me|all_on_me"),
    ("personalization", 1.1, "i_am|i_was to_blame|responsible"),
    ("personalization", 1.1, "i ruined|caused|made_them|made_him|made_her|let_them_down"),
    (
        "personalization",
        1.0,
        "i must have done|said|annoyed|upset|offended|bored|disappointed|irritated",
    ),
    ("personalization", 1.1, "i let @others|you|my_team|my_family down"),
    ("personalization", 0.9, "i_am failing them|him|her|my|everyone"),
    ("personalization", 0.9, "because|after * my interview|performance|answer|answers"),
    ("personalization", 0.9, "if_i_would|if_i_had ** better|more|less"),
    ("personalization", 0.8, "blame_myself|blaming_myself|my_responsibility"),
    ("personalization", 0.7, "because i"),
    ("personalization", 0.6, "i should have seen|known|stopped|saved"),
    ("personalization", 0.6, "bad|terrible mother|father|parent|partner"),
    ("personalization", 1.0, "been|was|am bad_luck|a_jinx|a_curse"),
    ("disqualifying_positive", -1.0, "bad_luck"),
    # --- blaming: all of it on someone else -----------------------------------------------
    ("blaming", 1.3, "their|his|her|your|its|company|recruiter|manager|boss|parents|hr fault"),
    ("blaming", 1.1, "are|is to blame"),
    ("blaming", 1.2, "because of them|him|her|hr|the_recruiter|the_company"),
    ("blaming", 1.1, "set_me_up|sabotage|sabotaged|screwed_me|screwed_up_my|lied_to|backstabbed"),
    ("blaming", 1.2, "@others ** ruined|wasted|cost|destroyed|ruin|waste|sabotaged * my|me"),
    ("blaming", 0.8, "against me"),
    ("blaming", 1.1, "is|are the reason i|why_i"),
    ("blaming", 1.0, "on_them|their_doing|on_him|on_her"),
    ("blaming", 0.8, "no_wonder"),
    ("blaming", 0.9, "@others ** was|were|is|are so? rude|clueless|biased|incompetent|useless"),
    ("blaming", 0.7, "never_let_me|would_not_let_me|did_not_let_me"),
    ("blaming", 0.5, "filtered_me_out|screened_me_out|threw_out"),
    ("blaming", 0.9, "rigged|unfair|broken|wasted_my_time|their_loss"),
    ("blaming", 0.9, "that_is_why|which_is_why"),
    ("blaming", 0.8, "if my|they|he|she|the * had|would_have|had_been"),
    ("blaming", 0.8, "never_pushed|never_helped|never_supported|never_gave|never_taught"),
    ("blaming", 0.8, "made me"),
    ("blaming", 0.7, "terrible|useless|awful|incompetent|bad at her|his|their job"),
    ("blaming", 0.6, "all_because|it_is_all_because"),
    ("blaming", 0.6, "should|ought * have|of|to_have * given|told|called|replied"),
    # --- comparing: measured against others, always worse --------------------------------
    ("comparing", 1.3, "than_me|than_mine|than_i_am|than_i_do|than_i_ever|than_i_will|than_myself"),
    ("comparing", 1.3, "compared|compare|comparing|comparison"),
    ("comparing", 1.1, "everyone|everybody else"),
    ("comparing", 1.0, "@peer"),
    ("comparing", 1.0, "except|but me"),
    ("comparing", 0.4, "@comparative than"),
    ("comparing", -1.0, "happy_for|proud_of|glad_for|pleased_for"),
    ("comparing", 0.9, "doing_better|so_much_more|way_better|twice|twice_as"),
    ("comparing", 0.4, "and_i|when_i|while_i|yet_i am|still|can_not|have_been|stuck"),
    ("comparing", 0.7, "other|others ** already|better|more"),
    ("comparing", 0.6, "already"),
    ("comparing", 0.7, "why does|do my|he|she|they|everyone * get"),
    ("comparing", 0.7, "people_my_age|people_younger|younger_than_me|my_age"),
    ("comparing", 0.3, "@kin"),
    ("comparing", 0.6, "so_easily|so_quickly|so_fast"),
    ("comparing", 1.1, "the only one of|who|without|not|in|still"),
    ("comparing", 0.6, "everyone|everybody in|from ** better|has|have|got|already"),
    ("comparing", 0.9, "years|way|so_far|miles behind"),
    (
        "comparing",
        0.9,
        "@kin|she|he|they|everyone got|gets|has|have|is|became ** and_i|but_i|while_i|when_i|yet_i",
    ),
)
