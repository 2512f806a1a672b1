"""A grid of remit forms (responsible_for, delivers, produces, statutory_duty, priority_of, covers_area,
commissions): short papers invented for the test, each in another council's style and each varying one or two
dimensions of the form (the section's heading word, its numbering, an intro sentence between heading and list,
the bullet mark, the body named only in the title, the verb, the order of the Act's section and name, a list
written inline or as items, the year of a priority list before or after the owner, ...).

Every case says the facts it states. A case passes when every stated fact is read and no other fact of these
relations is read from it (a false remit fact is what a reader of a new paper trusts least). Run the module as a
script for the grid's score: `python tests/test_extract_remit_grid.py`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

import pytest
from extract_helpers import read

from govkg.loaders.topics import topic_labels

RELATIONS = ("responsible_for", "delivers", "produces", "statutory_duty", "priority_of", "covers_area",
             "commissions")


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    facts: frozenset[tuple[str, str, str]]
    # facts of these relations the paper supports but the case does not require (neither right nor wrong)
    allowed: frozenset[tuple[str, str, str]] = frozenset()


def case(name: str, text: str, *facts: tuple[str, str, str],
         allowed: tuple[tuple[str, str, str], ...] = ()) -> Case:
    return Case(name, text, frozenset(facts), frozenset(allowed))


R, D, P, S, PR, C, CM = RELATIONS

CASES = [
    # -- sign-off and drafting verbs for the paper a body approves or writes
    case("signs-off-strategy",
         "Thurrock Health and Wellbeing Board\n\n"
         "The Thurrock Health and Wellbeing Board signs off the Thurrock Combating Drugs Strategy each spring.\n",
         ("Thurrock Health and Wellbeing Board", P, "Thurrock Combating Drugs Strategy")),
    case("will-sign-off-plan",
         "Basildon Community Safety Partnership\n\n"
         "The Basildon Community Safety Partnership will sign off the Basildon Serious Violence Action Plan in June.\n",
         ("Basildon Community Safety Partnership", P, "Basildon Serious Violence Action Plan")),
    case("drafts-plan",
         "Havering Community Safety Partnership\n\n"
         "The Havering Joint Action Group drafts the Havering Delivery Plan 2025 each winter.\n",
         ("Havering Joint Action Group", P, "Havering Delivery Plan 2025")),
    case("signs-off-no-paper",
         "Rochford Community Safety Partnership\n\n"
         "The Rochford Community Safety Partnership signs off funding bids above £5,000.\n"),
    # -- ToR remit sections: heading word, numbering, intro sentence, bullet mark, hub named where
    case("tor-purpose-board-will-dash",
         "Terms of Reference: Rushmoor Domestic Abuse Partnership Board\n\n"
         "1. Purpose\n\n"
         "The Board will:\n"
         "- produce the Rushmoor Domestic Abuse Strategy 2025-2028\n"
         "- commission safe accommodation support for victims\n",
         ("Rushmoor Domestic Abuse Partnership Board", P, "Rushmoor Domestic Abuse Strategy 2025-2028"),
         ("Rushmoor Domestic Abuse Partnership Board", CM, "safe accommodation support for victims")),
    case("tor-remit-intro-sentence-then-bullets",
         "Ryedale Community Safety Partnership\nTerms of Reference\n\n"
         "2. Remit\n\n"
         "2.1 The remit below was agreed by the partners in April 2024.\n"
         "2.2 The Partnership will:\n"
         "• publish the Ryedale Community Safety Plan each year\n"
         "• commission the annual strategic assessment\n",
         ("Ryedale Community Safety Partnership", P, "Ryedale Community Safety Plan"),
         ("Ryedale Community Safety Partnership", CM, "annual strategic assessment")),
    case("tor-role-of-the-board-lettered",
         "Role of the Tendring Safer Streets Board\n\n"
         "The role of the Board is to:\n"
         "(a) approve the Tendring Safer Streets Action Plan;\n"
         "(b) commission the evaluation of the Safer Streets programme.\n",
         ("Tendring Safer Streets Board", P, "Tendring Safer Streets Action Plan"),
         ("Tendring Safer Streets Board", CM, "evaluation of the Safer Streets programme")),
    case("tor-responsibilities-star-bullets",
         "Fylde Reducing Reoffending Group – Terms of Reference\n\n"
         "Responsibilities\n"
         "The Group is responsible for:\n"
         "* the Fylde Reducing Reoffending Plan\n"
         "* integrated offender management\n",
         ("Fylde Reducing Reoffending Group", R, "Fylde Reducing Reoffending Plan"),
         ("Fylde Reducing Reoffending Group", R, "integrated offender management"),
         allowed=(("Fylde Reducing Reoffending Group", P, "Fylde Reducing Reoffending Plan"),)),
    case("tor-functions-numbered-brackets",
         "Mendip Prevent Steering Group\n\nTERMS OF REFERENCE\n\n"
         "3 Functions\n"
         "The functions of the Group are to:\n"
         "1) produce the Mendip Prevent Action Plan\n"
         "2) commission Prevent awareness training for schools\n",
         ("Mendip Prevent Steering Group", P, "Mendip Prevent Action Plan"),
         # the training is named ("Prevent awareness training"); who it is for is no part of the name
         ("Mendip Prevent Steering Group", CM, "Prevent awareness training"),
         allowed=(("Mendip Prevent Steering Group", CM, "Prevent awareness training for schools"),)),
    case("tor-purpose-wrapped-bullet",
         "Purpose of the Stevenage Serious Violence Partnership\n\n"
         "The Partnership will\n"
         "- prepare and publish the Stevenage Serious Violence\n"
         "  Strategy 2024-2027\n"
         "- commission youth outreach in the town centre\n",
         ("Stevenage Serious Violence Partnership", P, "Stevenage Serious Violence Strategy 2024-2027"),
         ("Stevenage Serious Violence Partnership", CM, "youth outreach in the town centre")),
    case("tor-purpose-to-inline",
         "Terms of Reference – Craven Hate Crime Forum\n\n"
         "Purpose: to produce the Craven Hate Crime Action Plan and to commission third-party reporting "
         "centres.\n",
         ("Craven Hate Crime Forum", P, "Craven Hate Crime Action Plan"),
         ("Craven Hate Crime Forum", CM, "third-party reporting centres")),
    case("tor-key-responsibilities-colon-heading",
         "BASSETLAW SAFER NEIGHBOURHOODS GROUP\nTerms of Reference (revised 2024)\n\n"
         "Key responsibilities:\n"
         "– to approve the Bassetlaw Anti-Social Behaviour Strategy\n"
         "– to lead on anti-social behaviour case reviews\n",
         ("Bassetlaw Safer Neighbourhoods Group", P, "Bassetlaw Anti-Social Behaviour Strategy"),
         ("Bassetlaw Safer Neighbourhoods Group", R, "anti-social behaviour case reviews")),
    # -- "is responsible for", "leads on", "has responsibility for": the holder a body or a post
    case("sentence-responsible-for-topic",
         "Minutes of the Safer Wyre Partnership, 3 June 2024\n\n"
         "The Wyre Anti-Social Behaviour Panel is responsible for the community trigger.\n",
         ("Wyre Anti-Social Behaviour Panel", R, "community trigger")),
    case("sentence-has-responsibility-for",
         "Minutes of the Safer Wyre Partnership, 3 June 2024\n\n"
         "The Wyre Youth Justice Service has responsibility for youth diversion.\n",
         ("Wyre Youth Justice Service", R, "youth diversion")),
    case("sentence-post-responsible-for",
         "Report to the Cabinet of Gedling Borough Council\n\n"
         "The Community Safety Manager is responsible for the Gedling Community Safety Plan.\n",
         ("Community Safety Manager, Gedling Borough Council", R, "Gedling Community Safety Plan")),
    case("sentence-leads-on-topic",
         "Minutes of the Broxtowe Community Safety Partnership, 9 May 2024\n\n"
         "Broxtowe Borough Council leads on neighbourhood crime.\n",
         ("Broxtowe Borough Council", R, "neighbourhood crime")),
    case("sentence-takes-the-lead-on",
         "Minutes of the Broxtowe Community Safety Partnership, 9 May 2024\n\n"
         "Nottinghamshire Fire and Rescue Service takes the lead on deliberate fire setting.\n",
         ("Nottinghamshire Fire and Rescue Service", R, "deliberate fire setting")),
    case("sentence-accountable-for",
         "Minutes of the Erewash Community Safety Partnership, 2 July 2024\n\n"
         "The Erewash Domestic Abuse Forum is accountable for the domestic abuse action plan.\n",
         ("Erewash Domestic Abuse Forum", R, "domestic abuse action plan")),
    case("sentence-who-leads-on-after-person-of-body",
         "Minutes of the Cornwall Safer Partnership, 5 June 2024\n\n"
         "Its vice-chair is Chief Superintendent Tam Polglaze of Devon and Cornwall Police, who also leads on "
         "the violence against women and girls workstream.\n"),
    case("sentence-which-leads-on-a-topic-with-and",
         "Minutes of the Cornwall Safer Partnership, 5 June 2024\n\n"
         "Devon and Cornwall Police, which leads on the violence against women and girls workstream, gave an "
         "update.\n",
         ("Devon and Cornwall Police", R, "violence against women and girls workstream")),
    # -- duties under Acts: section before or after the Act, abbreviated, the holder a council or "the Council"
    case("act-section-before",
         "Report of the Head of Community Safety, Hart District Council\n\n"
         "Under section 17 of the Crime and Disorder Act 1998 Hart District Council must consider crime and "
         "disorder in all it does.\n",
         ("Hart District Council", S, "Crime and Disorder Act 1998")),
    case("act-abbreviated-section-after",
         "Report of the Head of Community Safety, Hart District Council\n\n"
         "Hart District Council has a duty under the Crime and Disorder Act 1998 (s.17) to reduce crime.\n",
         ("Hart District Council", S, "Crime and Disorder Act 1998")),
    case("act-the-council-duty",
         "Cabinet report: Melton Borough Council\n\n"
         "The Council has a statutory duty under the Domestic Abuse Act 2021 to provide safe accommodation "
         "support.\n",
         ("Melton Borough Council", S, "Domestic Abuse Act 2021")),
    case("act-requires-the-council",
         "Report to Council – Harborough District Council\n\n"
         "Section 17 of the Crime and Disorder Act 1998 requires the Council to do all it reasonably can to "
         "prevent crime.\n",
         ("Harborough District Council", S, "Crime and Disorder Act 1998")),
    case("act-partnership-established-under",
         "Annual report of the Torridge Community Safety Partnership 2023/24\n\n"
         "The Torridge Community Safety Partnership is a statutory partnership established under the "
         "Crime and Disorder Act 1998.\n",
         ("Torridge Community Safety Partnership", S, "Crime and Disorder Act 1998"),
         allowed=(("Torridge Community Safety Partnership", P, "Torridge Community Safety Partnership Annual "
                   "Report 2023/24"),)),
    case("act-serious-violence-duty",
         "Report to the Selby Community Safety Partnership\n\n"
         "Selby District Council is subject to the Serious Violence Duty under the Police, Crime, "
         "Sentencing and Courts Act 2022.\n",
         ("Selby District Council", S, "Police, Crime, Sentencing and Courts Act 2022")),
    case("act-legal-framework-list",
         "Tandridge Community Safety Partnership\nTerms of Reference\n\n"
         "Legal framework\n"
         "- Crime and Disorder Act 1998 (sections 5-7)\n"
         "- Police and Justice Act 2006\n",
         ("Tandridge Community Safety Partnership", S, "Crime and Disorder Act 1998"),
         ("Tandridge Community Safety Partnership", S, "Police and Justice Act 2006")),
    case("act-statutory-framework-star-list-intro",
         "Terms of Reference: Surrey Heath Channel Panel\n\n"
         "Statutory framework\n"
         "The Panel works under the following:\n"
         "* Counter-Terrorism and Security Act 2015\n"
         "* Care Act 2014\n",
         ("Surrey Heath Channel Panel", S, "Counter-Terrorism and Security Act 2015"),
         ("Surrey Heath Channel Panel", S, "Care Act 2014")),
    case("not-legislation-cited-for-a-decision",
         "Report to Cabinet, Elmbridge Borough Council\n\n"
         "Legal implications\n"
         "- Localism Act 2011\n"
         "- Local Government Act 1972\n"),
    # -- delivers: passive, active, "provides", "runs", a provider table
    case("delivers-passive",
         "Minutes of the Dacorum Domestic Abuse Forum, 12 March 2024\n\n"
         "The IDVA service in Dacorum is delivered by Dacorum Women's Aid.\n",
         ("Dacorum Women's Aid", D, "IDVA service")),
    case("delivers-active",
         "Minutes of the Dacorum Domestic Abuse Forum, 12 March 2024\n\n"
         "Dacorum Women's Aid delivers the Dacorum refuge service.\n",
         ("Dacorum Women's Aid", D, "Dacorum refuge service")),
    case("delivers-runs",
         "Minutes of the Maldon Community Safety Partnership, 5 July 2024\n\n"
         "Maldon Youth Trust runs the detached youth work programme.\n",
         ("Maldon Youth Trust", D, "detached youth work programme")),
    case("delivers-provided-by",
         "Minutes of the Maldon Community Safety Partnership, 5 July 2024\n\n"
         "The street pastors scheme is provided by Maldon Churches Together.\n",
         ("Maldon Churches Together", D, "street pastors scheme")),
    case("delivers-provider-table",
         "Uttlesford Community Safety Partnership: funded projects 2024/25\n\n"
         "| Service | Provider |\n"
         "| --- | --- |\n"
         "| Street pastors | Uttlesford Churches Together |\n"
         "| Knife crime education | Uttlesford Youth Trust |\n",
         ("Uttlesford Churches Together", D, "Street pastors"),
         ("Uttlesford Youth Trust", D, "Knife crime education")),
    case("delivers-delivered-by-column",
         "Uttlesford Community Safety Partnership: funded projects 2024/25\n\n"
         "| Project | Delivered by | Amount |\n"
         "|---|---|---|\n"
         "| Safe space at night | Uttlesford Youth Trust | £4,000 |\n",
         ("Uttlesford Youth Trust", D, "Safe space at night"),
         allowed=(("Uttlesford Community Safety Partnership", CM, "Uttlesford Youth Trust"),)),
    # -- commissions: active with the provider, passive, "from"
    case("commissions-active-provider",
         "Minutes of the Rutland Health and Wellbeing Board, 8 February 2024\n\n"
         "Rutland County Council commissions Turning Point to deliver the drug and alcohol treatment service.\n",
         ("Rutland County Council", CM, "Turning Point"),
         ("Turning Point", D, "drug and alcohol treatment service")),
    case("commissions-passive-from",
         "Minutes of the Rutland Health and Wellbeing Board, 8 February 2024\n\n"
         "The refuge service is commissioned by Rutland County Council from Rutland Refuge Trust.\n",
         ("Rutland County Council", CM, "Rutland Refuge Trust"),
         ("Rutland Refuge Trust", D, "refuge service")),
    case("commissions-work",
         "Minutes of the Safer Fenland Partnership, 14 November 2024\n\n"
         "The Safer Fenland Partnership commissioned a Domestic Homicide Review in October.\n",
         ("Safer Fenland Partnership", CM, "Domestic Homicide Review")),
    case("commissions-has-commissioned-to",
         "Minutes of the Safer Fenland Partnership, 14 November 2024\n\n"
         "Fenland District Council has commissioned Fenland Mediation to provide neighbour mediation.\n",
         ("Fenland District Council", CM, "Fenland Mediation"),
         ("Fenland Mediation", D, "neighbour mediation")),
    # -- produces: "publishes", "approved the", passive "was approved by", "signed off"
    case("produces-publishes",
         "Report to the Cabinet of Waverley Borough Council\n\n"
         "The Waverley Community Safety Partnership publishes the Waverley Community Safety Strategy.\n",
         ("Waverley Community Safety Partnership", P, "Waverley Community Safety Strategy")),
    case("produces-passive-approved",
         "Minutes of the Waverley Community Safety Partnership, 2 April 2024\n\n"
         "The Waverley Serious Violence Strategy was approved by the Partnership in March.\n",
         ("Waverley Community Safety Partnership", P, "Waverley Serious Violence Strategy")),
    case("produces-resolved-approved",
         "Minutes of the Sevenoaks Safeguarding Adults Board, 6 June 2024\n\n"
         "RESOLVED: that the Sevenoaks Safeguarding Adults Board Strategic Plan 2024-2027 be approved.\n",
         ("Sevenoaks Safeguarding Adults Board", P, "Sevenoaks Safeguarding Adults Board Strategic Plan "
          "2024-2027")),
    case("produces-signed-off",
         "Minutes of the Swale Community Safety Partnership, 11 January 2024\n\n"
         "The Swale Community Safety Partnership signed off the Swale Strategic Assessment 2024.\n",
         ("Swale Community Safety Partnership", P, "Swale Strategic Assessment 2024")),
    case("produces-prepares-each-year",
         "Swale Borough Council – Scrutiny Committee report\n\n"
         "Each year the Swale Community Safety Partnership prepares a Partnership Plan.\n",
         ("Swale Community Safety Partnership", P, "Partnership Plan")),
    # -- priorities: inline and listed, year before or after the owner, "Priorities for the Board"
    case("priorities-inline-sentence",
         "Annual report of the Safer Arun Partnership\n\n"
         "The Partnership's priorities for 2024-27 are anti-social behaviour, domestic abuse and "
         "serious violence.\n",
         ("anti-social behaviour", PR, "Safer Arun Partnership"),
         ("domestic abuse", PR, "Safer Arun Partnership"),
         ("serious violence", PR, "Safer Arun Partnership")),
    case("priorities-our-list",
         "Safer Arun Partnership Annual Report 2024\n\n"
         "Our priorities for 2024-27 are:\n"
         "- tackling anti-social behaviour\n"
         "- reducing reoffending\n"
         "- protecting vulnerable people\n",
         ("tackling anti-social behaviour", PR, "Safer Arun Partnership"),
         ("reducing reoffending", PR, "Safer Arun Partnership"),
         ("protecting vulnerable people", PR, "Safer Arun Partnership"),
         allowed=(("Safer Arun Partnership", P, "Safer Arun Partnership Annual Report 2024"),)),
    case("priorities-for-the-board",
         "Conwy Youth Justice Management Board\nGovernance\n\n"
         "Priorities for the Board in 2024-25 are: reducing first-time entrants; education and training; "
         "and serious youth violence.\n",
         ("reducing first-time entrants", PR, "Conwy Youth Justice Management Board"),
         ("education and training", PR, "Conwy Youth Justice Management Board"),
         ("serious youth violence", PR, "Conwy Youth Justice Management Board")),
    case("priorities-of-the-partnership-heading",
         "Torfaen Community Safety Partnership Plan\n\n"
         "Priorities of the Partnership (2025-2028)\n"
         "• Reducing violent crime\n"
         "• Tackling drug-related harm\n",
         ("Reducing violent crime", PR, "Torfaen Community Safety Partnership"),
         ("Tackling drug-related harm", PR, "Torfaen Community Safety Partnership"),
         allowed=(("Torfaen Community Safety Partnership", P, "Torfaen Community Safety Partnership Plan"),)),
    case("priorities-plan-sets",
         "Cabinet report, Amber Valley Borough Council\n\n"
         "The Amber Valley Community Safety Plan 2024-2027 sets three priorities: reducing knife crime, "
         "tackling hate crime and reducing drug harm.\n",
         ("reducing knife crime", PR, "Amber Valley Community Safety Plan 2024-2027"),
         ("tackling hate crime", PR, "Amber Valley Community Safety Plan 2024-2027"),
         ("reducing drug harm", PR, "Amber Valley Community Safety Plan 2024-2027")),
    case("priorities-numbered-lines",
         "Safer Thanet Partnership Plan 2025\n\n"
         "Our Priorities\n\n"
         "Priority 1: Violence against women and girls\n"
         "Priority 2: Neighbourhood crime\n",
         ("Violence against women and girls", PR, "Safer Thanet Partnership"),
         ("Neighbourhood crime", PR, "Safer Thanet Partnership"),
         allowed=(("Safer Thanet Partnership", P, "Safer Thanet Partnership Plan 2025"),)),
    case("priorities-agreed-following",
         "Minutes of the Gwynedd Community Safety Partnership, 4 April 2024\n\n"
         "The Partnership agreed the following priorities for 2024/25:\n"
         "1. Road safety\n"
         "2. Rural crime\n",
         ("Road safety", PR, "Gwynedd Community Safety Partnership"),
         ("Rural crime", PR, "Gwynedd Community Safety Partnership")),
    case("priorities-table-priority-lead",
         "Safer Hastings Partnership Plan 2024-2027\n\n"
         "| Priority | Lead agency |\n"
         "|---|---|\n"
         "| Street drinking | Hastings Borough Council |\n"
         "| Retail crime | Sussex Police |\n",
         ("Street drinking", PR, "Safer Hastings Partnership"),
         ("Retail crime", PR, "Safer Hastings Partnership"),
         allowed=(("Safer Hastings Partnership", P, "Safer Hastings Partnership Plan 2024-2027"),
                  ("Street drinking", PR, "Safer Hastings Partnership Plan 2024-2027"),
                  ("Retail crime", PR, "Safer Hastings Partnership Plan 2024-2027"))),
    # -- covers_area: "covers the districts of", "serves", bracketed places, "across"
    case("covers-the-districts-of",
         "Lincolnshire Community Safety Partnership\n\n"
         "The Partnership covers the districts of Boston, East Lindsey and West Lindsey.\n",
         ("Lincolnshire Community Safety Partnership", C, "Boston"),
         ("Lincolnshire Community Safety Partnership", C, "East Lindsey"),
         ("Lincolnshire Community Safety Partnership", C, "West Lindsey")),
    case("covers-serves",
         "Minutes of the Mid Suffolk and Babergh Safer Communities Board, 1 October 2024\n\n"
         "The Board serves Babergh and Mid Suffolk.\n",
         ("Mid Suffolk and Babergh Safer Communities Board", C, "Babergh"),
         ("Mid Suffolk and Babergh Safer Communities Board", C, "Mid Suffolk")),
    case("covers-bracketed-places",
         "Report to the Safer Horsham Partnership\n\n"
         "The Coastal West Sussex Community Safety Partnership (Adur and Worthing) met in May.\n",
         ("Coastal West Sussex Community Safety Partnership", C, "Adur"),
         ("Coastal West Sussex Community Safety Partnership", C, "Worthing")),
    case("covers-works-across",
         "Minutes of the Pennine Lancashire Prevent Board\n\n"
         "The Pennine Lancashire Prevent Board works across Burnley and Pendle.\n",
         ("Pennine Lancashire Prevent Board", C, "Burnley"),
         ("Pennine Lancashire Prevent Board", C, "Pendle")),
    case("covers-area-is",
         "Terms of Reference: East Kent Channel Panel\n\n"
         "Area\n"
         "The Panel's area is Canterbury, Dover and Thanet.\n",
         ("East Kent Channel Panel", C, "Canterbury"),
         ("East Kent Channel Panel", C, "Dover"),
         ("East Kent Channel Panel", C, "Thanet")),
    # -- more of the same forms, another dimension each
    case("tor-responsibilities-of-the-board-heading",
         "Chichester Community Safety Partnership Board – Terms of Reference\n\n"
         "4. Responsibilities of the Board\n"
         "a) agree the Chichester Community Safety Plan\n"
         "b) commission the annual strategic assessment\n",
         ("Chichester Community Safety Partnership Board", P, "Chichester Community Safety Plan"),
         ("Chichester Community Safety Partnership Board", CM, "annual strategic assessment")),
    case("tor-board-will-commission-evaluation",
         "Teignbridge Safer Streets Steering Group\n\nRemit\n\n"
         "The Group will:\n"
         "1. commission an independent evaluation of the scheme;\n"
         "2. publish an annual report.\n",
         ("Teignbridge Safer Streets Steering Group", CM, "independent evaluation of the scheme"),
         allowed=(("Teignbridge Safer Streets Steering Group", P, "annual report"),
                  ("Teignbridge Safer Streets Steering Group", P, "Teignbridge Safer Streets Steering Group annual "
                   "report"))),
    case("sentence-post-holds-lead-responsibility",
         "Report to the Overview and Scrutiny Committee, Dover District Council\n\n"
         "The Community Safety Officer holds lead responsibility for the public spaces protection order.\n",
         ("Community Safety Officer, Dover District Council", R, "public spaces protection order")),
    case("priorities-bulleted-numbered-council-paper",
         "Folkestone and Hythe District Council\nCommunity Safety Plan 2025-2028\n\n"
         "Our priorities\n"
         "- Priority 1: Safer town centres\n"
         "- Priority 2: Tackling exploitation\n",
         # the paper is the plan: its own list of priorities is the plan's (the council's, read so, not wrong)
         ("Safer town centres", PR, "Folkestone and Hythe Community Safety Plan 2025-2028"),
         ("Tackling exploitation", PR, "Folkestone and Hythe Community Safety Plan 2025-2028"),
         allowed=(("Safer town centres", PR, "Folkestone and Hythe District Council"),
                  ("Tackling exploitation", PR, "Folkestone and Hythe District Council"))),
    case("priorities-for-the-partnership-colon-list",
         "Safer Gedling Partnership\nAnnual Report 2023/24\n\n"
         "Priorities for the Partnership in 2024/25 are:\n"
         "• Hate crime\n"
         "• Retail crime\n",
         ("Hate crime", PR, "Safer Gedling Partnership"),
         ("Retail crime", PR, "Safer Gedling Partnership"),
         allowed=(("Safer Gedling Partnership", P, "Safer Gedling Partnership Annual Report 2023/24"),)),
    case("covers-bcu-bracket-three",
         "Minutes of the Safer Ealing Partnership, 4 July 2024\n\n"
         "The West Area BCU (Ealing, Hillingdon and Hounslow) reported a fall in burglary.\n",
         ("West Area BCU", C, "Ealing"), ("West Area BCU", C, "Hillingdon"), ("West Area BCU", C, "Hounslow")),
    case("covers-bracket-covering",
         "Minutes of the Safer Horsham Partnership, 4 July 2024\n\n"
         "The Northern Community Safety Partnership (covering Crawley and Horsham) will meet in June.\n",
         ("Northern Community Safety Partnership", C, "Crawley"),
         ("Northern Community Safety Partnership", C, "Horsham")),
    case("not-one-place-bracket",
         "Minutes of the Safer Hastings Partnership, 4 July 2024\n\n"
         "Present: Insp Kim Ashdown, Sussex Police (Hastings); Lee Brook, Hastings Borough Council.\n"),
    case("not-an-action-item-as-topic",
         "Hart Channel Panel\nTerms of Reference\n\n"
         "The Panel will:\n"
         "  a)  agree a support package for each case;\n"
         "  b)  record its decisions on the case management system.\n"),
    case("not-national-body-division-bracket",
         "Minutes of the Safer Runnymede Partnership, 7 March 2024\n\n"
         "Present: Kai Dunmore, Probation Service (Kent and Medway); Ola Price, Runnymede Borough Council.\n"),
    case("not-delegated-after-partners-sentence",
         "Mole Valley Safeguarding Arrangements\n\n"
         "The safeguarding partners are the Chief Executive of Surrey County Council, the Chief Constable of "
         "Surrey Police and the Chief Nurse of the ICB. They have delegated their functions to:\n"
         "- Council: Director of Children's Services\n"
         "- Police: Head of Public Protection\n"
         "- Health: Designated Nurse\n"),
    # -- what the remit relations do not cover: a member list, a meeting's business, a chair
    case("not-a-member-list",
         "Terms of Reference: Spelthorne Channel Panel\n\n"
         "Membership\n"
         "The core members are:\n"
         "- Spelthorne Borough Council\n"
         "- Surrey Police\n"
         "- Health\n"),
    case("not-agenda-business",
         "Minutes of the Safer Runnymede Partnership, 7 March 2024\n\n"
         "The Partnership received the quarterly performance report and noted the update on the "
         "Runnymede Night Time Economy scheme.\n"),
    case("not-delegated-to-list",
         "Safeguarding arrangements for Mole Valley\n\n"
         "The three safeguarding partners have delegated their duties to:\n"
         "- Council: Director of Children's Services\n"
         "- Police: Detective Chief Inspector, Public Protection\n"
         "- Health: Chief Nurse, Surrey Heartlands ICB\n"),
    case("not-lead-partners-list",
         "Surrey Heath Safeguarding Children Partnership\n\n"
         "The lead safeguarding partners are the Chief Executive of Surrey County Council, the Chief "
         "Constable of Surrey Police and the Chief Executive of the Integrated Care Board.\n"),
]


def _norm(name: str) -> str:
    name = re.sub(r"[’']", "'", name.casefold())
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip())
    return re.sub(r"[\s.,;:-]+", " ", name).replace("re offend", "reoffend").strip()


def _key(fact: tuple[str, str, str]) -> tuple[str, str, str]:
    return _norm(fact[0]), fact[1], _norm(fact[2])


def _names(entity, text: str) -> set[str]:
    """The names an entity goes by, as the graph gives them: its own, its aliases, its topic concept's labels, and
    its name without the area the reader put before it ("Uttlesford knife crime education" for a row that says
    "Knife crime education" in an Uttlesford paper)."""
    names = {entity.name, *entity.aliases}
    concept = topic_labels().get(entity.name)
    if entity.kind == "topic" and concept is not None:
        names |= {label for label, t in topic_labels().items() if t.iri == concept.iri}
    for name in list(names):
        words = name.split()
        for k in range(1, min(3, len(words))):
            if " ".join(words[:k]) in text and " ".join(words[k:]).casefold() in text.casefold():
                names.add(" ".join(words[k:]))
    return names


def read_facts(c: Case) -> list[set[tuple[str, str, str]]]:
    """The remit facts read from the case's paper: for each, every (subject, relation, object) its entities'
    names make, normalised (a fact matches by any of its names, as the evaluation matches by aliases)."""
    doc = read(c.text)
    out = []
    for f in doc.facts:
        if f.relation in RELATIONS and f.object is not None:
            out.append({_key((s, f.relation, o)) for s in _names(f.subject, c.text) for o in _names(f.object, c.text)})
    return out


def score(c: Case) -> tuple[int, int, set, set]:
    """(right, false, missed, false facts) of one case."""
    got = read_facts(c)
    want = {_key(f) for f in c.facts}
    ok = {_key(f) for f in c.allowed}
    right = {k for names in got for k in names & want}
    false = {min(names) for names in got if not names & (want | ok)}
    return len(right), len(false), want - right, false


# forms the readers do not read yet (s20): kept in the grid, marked, so that a reader that learns one shows it
GAPS = {
    "tor-purpose-to-inline": "a \"Purpose:\" field's value of to-infinitives is read as no remit list",
    "commissions-has-commissioned-to": "what a provider is commissioned \"to provide\" is read only when it names "
                                       "a service's head noun",
}


@pytest.mark.parametrize("c", [pytest.param(c, marks=pytest.mark.xfail(reason=GAPS[c.name], strict=True))
                               if c.name in GAPS else c for c in CASES], ids=[c.name for c in CASES])
def test_remit_grid(c: Case) -> None:
    _, _, missed, false = score(c)
    assert not missed and not false, f"missed {sorted(missed)}; false {sorted(false)}"


if __name__ == "__main__":  # the grid's score: facts right of stated, false facts, cases read right
    right = false = stated = whole = 0
    for c in CASES:
        r, f, missed, wrong = score(c)
        right, false, stated = right + r, false + f, stated + len(c.facts)
        whole += not missed and not wrong
        if missed or wrong or "-v" in sys.argv:
            print(f"{c.name}: missed {sorted(missed)} false {sorted(wrong)}")
    print(f"grid: {right}/{stated} facts right, {false} false, {whole}/{len(CASES)} cases whole")
