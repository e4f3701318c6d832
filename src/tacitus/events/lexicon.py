"""Event triggers: the words that say something happened, by ACLED sub-event type.

Patterns run case-insensitively over sentence text (so ALL-CAPS wires work) and are grouped
by *mode*: the weapon or act that decides the sub-event type. A sentence may hold several
triggers; :mod:`tacitus.events.detect` decides which are one event and which type wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TriggerRule:
    mode: str
    pattern: re.Pattern[str]
    weapon: str | None = None


def _r(p: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{p})\b", re.IGNORECASE)


# Barriers put up: a crowd's barricades in a riot, or (by a security force) its checkpoints
BARRIERS_PUT_UP = r"(?:set\s+up|erected|erecting|put\s+up|built)\s+(?:\w+\s+){0,2}(?:barricades|road\s*blocks)"
# Ground changing hands with no fight: "without firing a shot", "without a fight", "without meeting resistance"
UNOPPOSED = (r"(?:without\s+(?:firing\s+a\s+(?:single\s+)?shot|a\s+(?:single\s+)?shot\s+(?:being\s+)?fired|(?:a|any)\s+fight|(?:meeting\s+|encountering\s+)?(?:any\s+)?resistance|"
             r"(?:any\s+)?bloodshed|(?:any\s+)?fighting)|unopposed)")
# A territory: what is captured or regained ("captured a central town", "regained two villages").
_PLACE_NOUN = (r"(?:towns?|cit(?:y|ies)|villages?|bases?|district(?:\s+cent(?:er|re)s?|\s+headquarters)?|districts|capital|garrisons?|"
               r"border\s+(?:crossings?|posts?|points?|towns?)|crossings?|airports?|air\s*bases?|ports?|provinces?|neighbou?rhoods?|hilltops?|hills|"
               r"areas?|territory|territories|localit(?:y|ies)|strongholds?|bastions?|outposts?|settlements?|regions?|suburbs?|oil\s*fields?)")
# the determiner of that noun phrase, and up to three modifiers that are not a preposition or a
# light-verb object ("took part in a town hall meeting", "took refuge in the city" are no captures)
_SOME = r"(?:(?:the|a|an|two|three|four|five|six|several|many|most|all|\w+'s)\s+)?"
_MODIFIERS = r"(?:(?!(?:in|at|on|to|from|of|for|with|by|into|near|part|place|refuge|shelter|cover|up|hold|aim|power|office|charge)\b)[\w'-]+\s+){0,3}"

_WEAPONS = (r"(?:weapons|arms|firearms|guns|machine[\s-]*guns|rifles|pistols|revolvers|carbines|shotguns|muskets|rounds\s+of|"
            r"ammunitions?|explosives|explosive\s+devices|grenades|IEDs|mines|landmines|rockets|mortars|launchers|munitions|missiles)")

# A weapon named for what it is, not for a firing: "missile tests", "its missile programme",
# "rocket launches" (tests and space flights), "missile defence systems".
_NOT_FIRED = (r"(?!(?:\s+missiles?)?\s+(?:tests?|testing|test-fir\w+|programs?|programmes?|development|technology|launch(?:es)?\b|sites?|systems?|"
              r"defen[cs]es?|shields?|arsenals?|capabilit\w+|scientists?|engineers?|factor(?:y|ies)|industry))")

# Acts that settle or ease a conflict, which one side may commit to (see the "pledge" rule). Aid and
# support pledged by outsiders are no such act ("Germany said it would provide 120 million euros").
_CONCILIATE = (r"(?:release|free|hand\s+over|return\s+(?:the\s+|its\s+|their\s+)?(?:weapons|arms|territory|land|bodies|prisoners|hostages|captives|equipment)|"
               r"withdraw|pull\s+out|evacuate|allow|permit|lift|ease|resume|negotiate|hold\s+talks|talk|meet|mediate|host\s+(?:\w+\s+){0,2}(?:talks|meeting|negotiations)|"
               r"cooperate|recogni[sz]e|accept|sign|ratify|join\s+(?:\w+\s+){0,2}(?:talks|negotiations|process)|restore|reopen|end|halt|stop|disarm|demobili[sz]e|"
               r"compensate|pardon|amnesty|democrati[sz]e|contribute\s+(?:\S+\s+){0,4}(?:troops|peacekeepers|police|soldiers)|send\s+(?:\w+\s+){0,2}peacekeepers|offer\s+(?:\w+\s+)?troops)\b")
# the narrower set a report of what one "would" do may carry ("said it would release…"; not "would end
# the crisis", "would stop targeting")
_SETTLE = (r"(?:release|free|hand\s+over|return\s+(?:the\s+|its\s+|their\s+)?(?:weapons|arms|territory|land|bodies|prisoners|hostages|captives)|withdraw|pull\s+out|evacuate|allow|lift|resume|negotiate|hold\s+talks|meet|mediate|"
           r"sign|ratify|disarm|demobili[sz]e|pardon|recogni[sz]e)\b")

# A running total, not one event's toll: "so far this year", "to date", "in the past three months",
# "the war has killed 14,000". One list for both readers: ``detect`` holds back a sentence that tells
# one, ``counts`` marks the figure counted over it.
# warplanes and drones, named by what they are rather than whose they are
AIRCRAFT_NOUN = r"drones?|warplanes?|(?:fighter\s+)?jets?|(?:helicopter\s+)?gunships?|aircraft|planes?|helicopters?"

# Acts and weapons a state uses with its own forces: a country's name before them names who acted
# ("a Russia missile attack", "the US drone strike", "a Turkey offensive"); before other acts it only
# says where ("a Pakistan bomb attack"). Matched word by word.
STATE_OWN = re.compile(rf"(?:{AIRCRAFT_NOUN}|missiles?|rockets?|shell\w*|artillery|bombard\w*|air|naval|cruise|ballistic|military|army|"
                       r"strikes?|airstrikes?|raids?|offensives?|invasions?|incursions?|operations?|crackdowns?|blockades?)", re.I)

RUNNING_TOTAL = (r"so\s+far\s+this\s+year|this\s+year\s+alone|to\s+date\b|in\s+total\b|"
                 r"(?:in|during|over|within|for)\s+the\s+(?:last|past|previous)\s+(?:[\w-]+\s+){0,2}(?:weeks|months|years|decades?)\b|"
                 r"(?:in|during|over|within)\s+the\s+first\s+(?:[\w-]+\s+){0,2}(?:weeks|months|half|quarter)\s+of\b|"
                 r"(?:in|during|over)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:wave|spate|cycle|months|weeks)\s+of\s+(?:[\w-]+\s+){0,2}"
                 r"(?:protests|demonstrations|rallies|riots|unrest|violence|attacks|raids|clashes|bombings|strikes|killings)\b|"
                 r"(?:war|conflict|insurgency|violence|fighting|crisis|rebellion|campaign|unrest)\s+(?:\w+\s+){0,6}?(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|displaced|cost)")

# Nouns of taking part in an act ("the involvement of two officers in the murder", "took no part in the raid"):
# the arguments read who took part, the modality whether they had none.
SHARE_NOUNS = frozenset(["involvement", "participation", "complicity", "role", "part", "hand"])

# Order matters only for reading; precedence between modes is decided in detect.TYPE_ORDER.
RULES: tuple[TriggerRule, ...] = (
    TriggerRule("suicide", _r(r"suicide[\s-]+(?:car[\s-]+)?(?:bomb(?:er|ers|ing|ings|s)?|attacks?|attackers?|blasts?|vests?|truck\s+bombs?|explosions?)"
                             r"|blew\s+(?:himself|herself|themselves)\s+up|(?:detonat\w+|blew\s+up|set\s+off|exploded)\s+(?:[\w,]+\s+){0,4}killing\s+(?:himself|herself|themselves)|self-detonat\w*|explosive\s+(?:vests?|belts?)|kamikaze\s+attack"), "explosives"),
    TriggerRule("chemical", _r(r"chemical\s+(?:weapons?|attacks?|agents?|munitions?|bombs?|shells?|rockets?)|(?:sulfur\s+|sulphur\s+)?mustard\s+(?:agent|gas)|sulfur\s+mustard|sulphur\s+mustard|phosgene|novichok|VX\s+(?:nerve\s+)?agent|tear[\s-]?gas\s+(?:grenades|canisters)\s+(?:\w+\s+){0,3}(?:dropped|released)\s+(?:\w+\s+){0,2}(?:by\s+)?drones?|chlorine(?:\s+gas)?|chloropicrin|choking\s+agents?|toxic\s+chemicals?|sarin|mustard\s+gas|nerve\s+agents?|toxic\s+gas|poison(?:ous)?\s+gas"), "chemical"),
    TriggerRule("air", _r(r"air\s*strikes?|airstrikes?|air[\s-]+raids?|drone\s+(?:strikes?|attacks?)|(?:war|fighter|military)\s*planes?|warplanes|fighter\s+jets|"
                         r"jets\s+(?:struck|bombed|hit|pounded)|helicopter\s+gunships?|gunships?|aerial\s+(?:bombardments?|attacks?|bombing|strikes?)|barrel\s+bombs?|"
                         r"bombed\s+from\s+the\s+air|air\s+force\s+(?:struck|bombed|hit|destroyed|targeted|pounded|attacked|raided)|(?<!to-)air[\s-]+(?:launched\s+)?missiles?|air-to-(?:surface|ground)\s+missiles?|"
                         r"(?:jets|warplanes|aircraft|helicopters|planes|bombers)\s+(?:\w+\s+){0,2}(?:fired|launched|dropped|bombed|strafed|pounded|struck)|drones?\s+(?:(?:had|have|has)\s+)?(?:struck|hit|fired|targeted)|air\s+force\s+(?:(?:had|has|have)\s+)?(?:carried\s+out|conducted|launched|staged)\s+(?:\w+\s+){0,2}?(?:strikes|raids|sorties|bombings)|strike\s+by\s+(?:a\s+)?drone|"
                         r"(?:kamikaze|exploding|explosive-laden|suicide|attack|loitering)\s+drones?|shahed|air\s+attacks?|bombing\s+raids?|air\s+campaign|"
                         # "an Israeli strike on a house", "a Russian strike against a school": a strike on a thing, after a word
                         # ending as demonyms do (-an, -ish, -li, -ese, -ch, -ni, -di, -qi), is a state's strike from the air (not
                         # "a general strike on the railways"); ``_weapon_owner`` reads whose
                         r"(?<=\w{4}\s)(?<=an\s|sh\s|li\s|se\s|ch\s|ni\s|di\s|qi\s)strikes?(?=\s+(?:on|against|targeting)\s+(?:a|an|the|two|three|several)\b)"), "aerial"),
    TriggerRule("shelling", _r(r"shell(?:ing|ings|ed|s(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:cars?|vehicles?|motorcycles?|motorbikes?|buses|trucks?|"
                              r"buildings?|houses?|homes?|huts?|shops?|stalls?)\b))|tank\s+(?:shells?|rounds|fire)|tanks\s+(?:fired|opened\s+fire|shelled)|artillery|mortars?(?:\s+(?:rounds?|shells?|fire))?|"
                              rf"rockets?(?!-propelled){_NOT_FIRED}|(?<!nuclear\s)missiles?{_NOT_FIRED}|katyushas?|howitzers?|"
                              rf"bombard(?:ed|ment|ments|ing)|barrages?(?!\s+of\s+(?!shells|shelling|rockets|mortars?|artillery|missiles))|grad\s+rockets|ballistic{_NOT_FIRED}|cruise\s+missiles?{_NOT_FIRED}|multiple\s+rocket\s+launchers?|projectiles?"), "artillery"),
    # a rocket-propelled grenade is a gun crew's weapon in a fight, not a grenade thrown (ACLED: armed clash)
    TriggerRule("grenade", _r(r"(?<!rocket-propelled\s)(?<!rocket\s)(?:hand\s+)?grenades?"), "grenade"),
    TriggerRule("explosive", _r(r"(?:car|truck|roadside|road-side|motorcycle|bicycle|parcel|letter|nail|pipe|sticky|magnetic|vehicle)[\s-]*bombs?|"
                               r"improvised\s+explosive\s+devices?|IEDs?|VBIEDs?|land\s*mines?|anti-personnel\s+mines?|mines?\s+(?:blast|explosion)|minefields?|"
                               r"explosive\s+devices?|explosives?|(?<!nuclear\s)(?<!atomic\s)(?<!time\s)bomb(?:s|ing|ings|ed)?(?!\s+(?:squads?|experts?|disposal|threats?|scares?|hoax\w*|shelters?|-?proof|makers?|factor(?:y|ies)))|dynamit(?:e|ed)|booby[\s-]+trap(?:s|ped)?|stepped\s+on\s+a\s+mine"), "explosives"),
    # An explosion alone may be an accident (a gas tank, a factory): it takes attack context.
    TriggerRule("blast", _r(r"blasts?|explosions?|explod(?:ed|es|ing(?!\s+drones?))|detonat(?:ed|es|ion|ing)|blew\s+up|blown\s+up"), "explosives"),
    TriggerRule("sexual", _r(r"rap(?:e|ed|es|ing|ists?)|gang-rap\w*|sexual(?:ly)?\s+(?:violence|assault\w*|abused?|exploitation|slavery)|sexually\s+assaulted"), "sexual"),
    TriggerRule("abduct", _r(r"kidnap(?!pers?\b)\w*|abduct(?!ors?\b)\w*|taken\s+hostage|held\s+hostage|took\s+\w+\s+hostage|hostages?|forced(?:ly)?\s+disappear\w*|snatched|seized\s+(?:(?!(?:from|of|belonging|owned)\b)\w+\s+){0,3}(?:women|girls|children|people|civilians|passengers|workers|students|villagers|"
                            r"elders|men|boys|traders|farmers|herders|teachers|pupils|worshippers|travell?ers|motorists|drivers|engineers|chiefs)\b|"
                            r"(?:soldiers|troops|policemen|police\s+officers|officers|women|girls|children|people|civilians|passengers|workers|students|villagers)"
                            r"\s+(?:were|was|had\s+been|have\s+been)\s+seized"), None),
    TriggerRule("kill", _r(r"kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|massacr(?:e|ed|es|ing)|execut(?:ed|ing|ion|ions)|behead\w*|slaughter\w*|slain|martyred|assassinat\w*|"
                          r"shot\s+(?:dead|and\s+killed)|gunned\s+down|burn(?:ed|t|s|ing)?\s+(?:\w+\s+){0,5}to\s+death|burn(?:ed|t)\s+(?:\w+\s+){0,3}alive|hack(?:ed)?\s+(?:\w+\s+){0,4}to\s+death|stabb?ed|lynch\w*|"
                          r"torture[sd]?|tortur\w+|beat(?:en)?\s+(?:\w+\s+){0,3}to\s+death|mutilat\w*|death\s+toll|number\s+of\s+(?:dead|deaths)\b|toll\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|jumped)\b|were\s+found\s+dead|bodies\s+of|"
                          # armies' word for killing fighters: "troops neutralised 15 terrorists" (not a bomb or a drone)
                          r"neutrali[sz](?:ed|es|ing)\s+(?:[\w,-]+\s+){0,4}?(?:terrorists?|assailants?|attackers?|militants?|insurgents?|jihadists?|"
                          r"fighters?|gunm[ae]n|bandits?|rebels?|extremists?|combatants?)\b|"
                          r"(?:terrorists|assailants|attackers|militants|insurgents|jihadists|fighters|gunmen|bandits|rebels)\s+(?:were|had\s+been|have\s+been)\s+neutrali[sz]ed"), "firearms"),
    # "the convoy came under fire near the village"; not the criticised minister ("came
    # under fire for his remarks", "over the delays", "from critics")
    TriggerRule("shoot", _r(r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sustained\s+|intense\s+|enemy\s+|gun|small[\s-]arms\s+)?fire"
                            r"(?!\s+(?:for|over)\b)(?!\s+from\s+(?:\w+\s+){0,3}(?:critics?|lawmakers|opposition|rights|activists|media|campaigners|parliament|senators|MPs|members|politicians|unions?|residents|voters|fans|users))|"
                            r"opened\s+fire|open\s+fire|(?<!without\sfiring\sa\s)(?<!without\sfiring\sa\ssingle\s)(?<!without\sa\s)(?<!without\sa\ssingle\s)shot(?!\s+down)|shooting|shootings|gunfire|gunshots?|sprayed\s+(?:\w+\s+){0,2}with\s+bullets|machine[\s-]?gunn(?:ed|ing)|strafed|strafing|(?:fired|firing|fires)\s+(?:on|at|upon|into(?!\s+the\s+air))(?!\s+(?:the\s+)?(?:critics?|reporters|questions))"), "firearms"),
    TriggerRule("attack", _r(r"(?<!verbally\s)(?<!harshly\s)(?<!sharply\s)(?<!bitterly\s)(?<!publicly\s)attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|ambush(?:ed|es|ing)?|storm(?:ed|ing)|assault(?:ed|s)?(?!\s+(?:rifles?|weapons?|guns?|vehicles?|boats?|craft|helicopters?))|struck|targeted|overran|overrun|"
                            r"hit\s+(?:a|an|the)\s+(?!(?:explosive|roadside|land\s*mines?|mines?|bombs?|IEDs?|improvised|booby)\b)\w+|terroris(?:t|m)\s+(?:act|action)s?|sabotage\s+attacks?|machete|"
                            # an aircraft brought down is the target, not the weapon: a fight with its side
                            r"(?:shot|shoot(?:s|ing)?|brought|bring(?:s|ing)?)\s+down\s+(?:\w+\s+){0,3}(?:helicopters?|gunships?|aircraft|(?:war|fighter\s+)?planes?|jets?)|"
                            r"downed\s+(?:\w+\s+){0,3}(?:helicopters?|gunships?|aircraft|(?:war|fighter\s+)?planes?|jets?)|"
                            r"(?:helicopter\s+)?(?:helicopters?|gunships?|aircraft|planes?|jets?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:shot|brought)\s+down"), None),
    TriggerRule("battle", _r(r"clash(?:es|ed|ing)?|fighting|fought|battle(?:s|d)?|battling|firefights?|gun\s*battles?|offensive|exchange\s+of\s+fire|exchanged\s+fire|"
                            r"skirmish\w*|counter-?attack\w*|counter-?offensive|closed\s+(?:in\s+)?on|advanced\s+on|engaged|combat|hostilities|shoot-?outs?|gunfights?|fire-?fights?|"
                            r"exchanges?\s+of\s+(?:gun)?fire|traded\s+fire|violat(?:ed|ing|ions?)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:ceasefire|cease-fire|truce)|engaged\s+in\s+fighting|heavy\s+fighting"), None),
    TriggerRule("regain", _r(r"recaptur\w*|retook|retake|retaken|retaking|regain(?:ed|ing|s)?\s+(?:full\s+|total\s+)?control|recover(?:ed|ing)\s+(?:full\s+)?control|"
                            rf"(?:regain(?:ed|ing)|recover(?:ed|ing))\s+{_SOME}{_MODIFIERS}{_PLACE_NOUN}|(?:ground|territory)\s+(?:was|were|has\s+been)\s+regained|"
                            r"liberat(?:ed|ion|ing)|won\s+back|took\s+back|"
                            r"drove\s+(?:\w+\s+){0,4}out\s+of|driven\s+out\s+of|cleared\s+(?:\w+\s+){0,3}of|flush(?:ed)?\s+out|reclaimed"), None),
    TriggerRule("capture", _r(r"(?:seiz(?:ed|e|es|ing)|t[ao]ok|takes|taken|taking|captur(?:ed|e|es|ing)|gain(?:ed|ing)|wrest(?:ed|ing)|assum(?:ed|ing))\s+(?:full\s+|total\s+|complete\s+|effective\s+)?control\s+(?:of|over)|fell\s+to|"
                             # "captured a central town", "seized the emblematic northern town of", "overran two villages"
                             rf"(?:captur(?:ed|es|ing)|seiz(?:ed|es|ing)|overr?an|overrun|took|taken|taking)\s+{_SOME}{_MODIFIERS}{_PLACE_NOUN}|"
                             # ("the town came under their control"; not "areas under their control", a state of affairs)
                             r"(?:came|come|comes|coming|fell|falls|brought|bringing|placed|put|now)\s+(?:[\w'’-]+\s+){0,4}?under\s+(?:their|its|the\s+group's|rebel|militant)\s+control|"
                             r"t[ao]ok\s+over|taken\s+over|taking\s+over|"
                             # "rebels entered the town without firing a shot": ground taken, unopposed
                             rf"(?:entered|moved\s+into|rolled\s+into|walked\s+into|marched\s+into)(?=\s+(?:[\w'’,-]+\s+){{0,10}}?{UNOPPOSED})"), None),
    TriggerRule("withdraw", _r(r"withdr(?:ew|awn|awal)\s+from|pulled\s+out\s+of|handed\s+over\s+(?:control|the)|retreated\s+from|abandoned\s+(?:their\s+)?(?:positions|bases?|the\s+town)"), None),
    TriggerRule("arrest", _r(r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|apprehend\w*|taken\s+into\s+custody|rounded\s+up|nabbed|captured\s+(?:\w+\s+){0,3}(?:suspects?|members|militants|fighters|commanders?|leaders?)"), None),
    # "march in/on/to" is a protest unless March is the month ("on 3 MARCH in the town", "in March to")
    TriggerRule("protest", _r(r"protest(?:s|ed|ing|ers|ors)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|marched|marches|(?<!\bin\s)(?<!\bof\s)(?<!since\s)(?<!until\s)(?<!early\s)(?<!\blate\s)(?<!\blast\s)(?<!\bthis\s)(?<!\bnext\s)(?<!mid-)(?<!\d\s)march\s+(?:in|on|through|to|by|against)|(?:a|peaceful|silent|protest|mass|street)\s+march(?:es)?(?!\s+\d)|(?:the|their)\s+march(?=\s+(?:was|had|ended|turned|began|started|went|passed|continued|reached|proceeded|remained|moved)\b)|sit-ins?|"
                             r"marchers|took\s+to\s+the\s+streets|strikers|general\s+strike|boycott|"
                             # strikes: "strike" alone is also an air strike, so only its labour forms
                             r"hunger[\s-]+strik\w+|(?:went|go|going|gone|are|were|was|is|remain(?:ed)?|stay(?:ed)?)\s+on\s+(?:a\s+)?(?:\w+\s+){0,2}strike|"
                             r"(?:open-ended|indefinite|nationwide|national|general|sit-down|token|warning|one-day|two-day|three-day|[\w-]+-hour|[\w-]+-day)\s+strikes?|"
                             r"(?:staged|held|began|started|launched|continued|organi[sz]ed)\s+(?:a\s+|an\s+|their\s+)?(?:\w+\s+){0,2}strike|strik(?:ing|ed)\s+(?:workers|teachers|doctors|nurses|miners|drivers|employees|staff)|"
                             r"stopped\s+work|downed\s+tools|walk-?outs?|walked\s+out\s+(?:of|over|in\s+protest)|stay-?aways?|work\s+stoppages?|die-ins?|"
                             # a blockade by demonstrators, without barricades or fire, is a peaceful protest
                             r"block(?:ed|ing|aded|ading)\s+(?:off\s+)?(?:\w+\s+){0,3}(?:roads?|streets?|highways?|bridges?|motorways?|railways?|rail\s+lines?|traffic|junctions?|intersections?|thoroughfares?|entrances?)"), None),
    # Crowd-control weapons and dispersal say there was a crowd to disperse: a protest met by force,
    # even where the sentence does not name the protest ("police fired tear gas in the district").
    TriggerRule("disperse", _r(r"tear[\s-]*gas(?:\s+(?:grenades|canisters|shells))?|teargas|water\s+cannons?|rubber\s+bullets|plastic\s+bullets|pepper\s+(?:spray|balls)|"
                               r"(?:stun|smoke|flash-?bang|sound)\s+grenades?|dispers(?:ed|e|es|ing)\s+(?:\w+\s+){0,3}(?:crowds?|protesters|demonstrators|marchers|gatherings?|rall(?:y|ies)|protests?|students|supporters)|"
                               r"charged\s+(?:at\s+)?(?:the\s+)?(?:crowd|protesters)"), None),
    TriggerRule("intervene", _r(r"dispers(?:ed|e|ing)|batons?|truncheons|suppress(?:ed|ing)|broke\s+up|break\s+up|crack(?:ed|ing)?\s+down\s+on"), None),
    # force beyond dispersal: with a protest, excessive force against protesters
    TriggerRule("force", _r(r"violently\s+(?:dispers\w+|suppress\w+|broke\s+up|crack\w+\s+down)|excessive\s+force|live\s+(?:ammunition|rounds|bullets|fire)|"
                            r"brutal(?:ly)?\s+(?:beat\w*|suppress\w*|crackdown|dispers\w+)|beat(?:en|ing)?\s+(?:up\s+)?(?:\w+\s+){0,2}(?:protesters|demonstrators|marchers)"), None),
    TriggerRule("riot", _r(r"(?<!anti-)riot(?:s|ed|ing|ers)?(?!\s+(?:police|gear|squads?|control|units?|officers|shields?|troops|forces))|"
                          r"(?:hurl\w*|thr[eo]w\w*|pelt\w*)\s+(?:\w+\s+){0,2}(?:stones|rocks|bricks|bottles|projectiles|missiles|petrol\s+bombs|firebombs|fireworks)|"
                          r"(?:stones|rocks|bricks|bottles|projectiles)\s+(?:were\s+|was\s+)?(?:thrown|hurled)|stone-throwing|pelted|rampag\w*|vandali[sz]\w*|set\s+(?:up\s+)?(?:burning\s+)?barricades|"
                          r"turn(?:ed|s|ing)?\s+(?:\w+\s+)?violent|violent\s+(?:protests?|demonstrations?|rallies)|(?:aggressive|unruly)\s+(?:protests?|demonstrations?|rallies|crowds?)|street\s+violence|clash\w*\s+with\s+(?:\w+\s+){0,2}(?:police|security\s+forces|riot\s+police|troops)|"
                          rf"{BARRIERS_PUT_UP}|burn(?:ed|ing|t)\s+(?:\w+\s+)?(?:tyres|tires)|petrol\s+bombs?|molotov\w*|firecrackers|"
                          r"stormed\s+(?:\w+\s+){0,3}(?:building|parliament|offices?|headquarters|embassy|compound|station)"), None),
    # "a vigilante group", "vigilante leaders": a kind of armed body named, not an act of mob violence
    TriggerRule("mob", _r(r"mobs?|lynch\w*|vigilantes?(?!\s+(?:groups?|forces?|militias?|organi[sz]ations?|leaders?|commanders?|members?|movements?|"
                          r"networks?|corps|outfits?|units?|chiefs?))|jungle\s+justice|mob\s+justice"), None),
    TriggerRule("agree", _r(r"agreed\s+(?:(?:in\s+principle|on\s+\w+day|today|yesterday|tonight|formally|unanimously|jointly|finally|tentatively|late\s+\w+|early\s+\w+)\s+)?(?:to|on|a|an|the|upon)|"
                           r"(?:reached|struck|clinched|sealed|hammered\s+out|brokered|negotiated)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:deal|accord|agreement|understanding|consensus|compromise|settlement|truce|ceasefire)|"
                           r"[\w.]+-brokered\s+(?:\w+\s+){0,2}(?:deal|truce|ceasefire|accord|agreement|talks)|"
                           r"accept(?:ed|s)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:formula|proposals?|peace\s+plan|offer|mediation|deal|terms|settlement|truce|ceasefire|road\s*map)|"
                           # ACLED codes a surrender as an agreement between the parties
                           r"surrendered\s+(?:\w+\s+){0,3}to\b|surrendered\s+(?:their|its|his)\s+(?:arms|weapons)|surrendered\s+and\s+(?:\w+\s+){0,2}join\w*|laid\s+down\s+(?:their|its|his)\s+(?:arms|weapons)|agreements?|in\s+exchange\s+for|peace\s+talks\s+(?:began|started|opened|resumed)|(?:began|started|opened|resumed)\s+(?:\w+\s+){0,2}peace\s+talks|ceasefires?|cease-fires?|truces?|peace\s+(?:deal|accord|pact|agreement|treaty)|signed\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:deal|accord|agreement|pact|memorandum)|"
                           r"accords?|prisoners?\s+(?:swaps?|exchanges?)|exchang(?:ed|e)\s+(?:\w+\s+){0,2}(?:prisoners|detainees|captives|bodies)|reached\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:deal|accord|agreement|understanding)|released\s+(?:\w+\s+){0,3}(?:hostages|prisoners|captives)|freed\s+(?:\w+\s+){0,3}(?:hostages|captives)|"
                           # "released nine soldiers it had held for two weeks": captives, whoever they are
                           r"(?:released|freed)\s+(?:\w+\s+){1,3}(?:it|they|the\s+group|the\s+rebels)\s+had\s+(?:been\s+)?(?:held|kidnapped|abducted|captured|seized)"), None),
    # A commitment to a conciliatory act, stated by the party that makes it: PLOVER's AGREE ("agree to,
    # offer, promise, or otherwise indicate willingness or commitment to cooperate"), an agreement of one
    # side. The act is not yet done; the offer or promise is what happened ("offered to hand over the
    # suspects", "is ready to contribute troops", "said it would allow the inspectors back").
    TriggerRule("pledge", _r(rf"(?:offer(?:ed|s|ing)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing)|undert(?:ook|akes)|vow(?:ed|s)?|committed\s+(?:itself|themselves|himself|herself)|"
                             rf"(?:is|are|was|were|be|been|remains?|remained|stands?|stood)\s+(?:\w+\s+)?(?:willing|ready|prepared|committed))\s+to\s+(?:\w+\s+)?{_CONCILIATE}|"
                             rf"(?:said|says|announced|announces|stated|declared|confirmed|told\s+\w+)\s+(?:that\s+)?(?:[\w-]+\s+){{1,3}}(?:will|would|was\s+to)\s+(?!not\b|never\b)(?:\w+\s+)?{_SETTLE}|"
                             r"offer(?:ed|s)\s+(?:again\s+)?(?:its|their|his|her)\s+(?:\w+\s+)?(?:troops|mediation|good\s+offices)"), None),
    TriggerRule("disrupt", _r(r"defus\w*|dismantl\w*|disarm(?:ed|ing)\s+(?:a|an|the)\s+(?:bomb|device|explosive)|(?:bombs?|explosives?|devices?|IEDs?|mines?)\s+(?:were\s+|was\s+)?(?:found|discovered|seized|neutrali[sz]ed|detected|recovered)|"
                             r"(?:weapons|arms|firearms|ammunition|munitions)\s+(?:cache|caches|depot|stash|stockpile|hideout)|(?:cache|stash|stockpile)\s+of\s+(?:\w+\s+){0,2}(?:weapons|arms|firearms|guns|ammunition|explosives|munitions)|"
                             rf"(?:seized|seize|found|discovered|recovered|confiscated|uncovered|impounded|intercepted|destroyed|defused|neutrali[sz]ed)\s+(?:[\w,-]+\s+){{0,6}}{_WEAPONS}|"
                             rf"{_WEAPONS}\s+(?:[\w,-]+\s+){{0,8}}(?:were|was)\s+(?:seized|found|discovered|recovered|confiscated|destroyed|defused|intercepted)|"
                             r"suspicious\s+(?:packages?|devices?|objects?|parcels?)|foiled|thwarted"), None),
    # a strike stopped in flight: its weapon words do not make a strike that happened
    TriggerRule("intercept", _r(r"intercept(?:ed|s|ion|ing)\s+(?:of\s+)?(?:\w+\s+){0,3}(?:drones?|missiles?|rockets?|projectiles?|weapons|arms|ammunitions?|explosives|munitions)|(?:drones?|missiles?|rockets?|projectiles?)\b[^.;]{0,80}?\b(?:were|was|been)\s+intercepted|"
                             r"shot\s+down\s+(?:\w+\s+){0,3}(?:drones?|missiles?|rockets?|projectiles?)|air\s+defen[cs]es?\s+(?:ha(?:d|ve|s)\s+)?(?:downed|destroyed|shot\s+down)|downed\s+(?:\w+\s+){0,2}(?:drones?|missiles?)|"
                             r"destroy(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}(?:drones?|missiles?|rockets?)\s+(?:over|above|in\s+the\s+(?:air|sky|skies))\b"), None),
    TriggerRule("loot", _r(r"loot(?:ed|ing|ers)?|torch(?:ed|ing)|set\s+(?:\w+\s+){0,3}(?:ablaze|alight|on\s+fire)|set(?:ting|s)?\s+fire\s+(?:to|on)|demolish(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:homes|houses|buildings|structures|shops|villages?)|burn(?:ed|t|ing)\s+(?:down\s+)?(?:\w+\s+){0,3}(?:houses|homes|huts|villages?|shops|churches|mosques|schools|buildings|vehicles|markets?|offices|cars|buses|trucks)|"
                          r"destroy(?:ed|ing|s)?|razed|sabotag(?:ed|ing)|plunder\w*|pillag\w*|robbed|robbery|robberies|arson|ransack\w*|dynamited|vandali[sz]ed|stole|(?:was|were|been|being)\s+stolen"), None),
    TriggerRule("base", _r(r"(?:set\s+up|sets\s+up|setting\s+up|established|establish\w*|build|built|opened|created|erected|installed)\s+(?:a\s+|an\s+|its\s+|their\s+|new\s+|the\s+|\w+\s+){0,3}"
                          r"(?:base|bases|headquarters|camp|outposts?|stronghold|(?:observation|command|military|forward)\s+posts?|command\s+cent(?:er|re)s?|checkpoints?|positions?|garrison)"), None),
    TriggerRule("coup", _r(r"seized\s+power|staged\s+a\s+coup|coup\s+d['’]?[ée]tat|military\s+coup|ousted\s+(?:the\s+)?(?:\w+\s+){0,2}president|"
                          # a mass grave found (ACLED: other); not the dead "buried in mass graves before they could be counted"
                          r"removed\s+(?:\w+\s+){0,3}from\s+power|(?:found|discovered|uncovered|unearthed|exhumed|located)\s+(?:\w+\s+){0,4}?mass\s+graves?|"
                          r"mass\s+graves?\s+(?:[\w-]+\s+){0,6}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:found|discovered|uncovered|unearthed|exhumed|located)"), None),
    TriggerRule("group", _r(r"renamed|rebranded|announced\s+(?:its|their|a)\s+(?:dissolution|new\s+leader|merger)|merged|disband\w*|dissolved|appointed\s+(?:a\s+)?new\s+(?:leader|emir|commander)|"
                           r"recruit(?:ed|ing|ment)|(?:forced\s+)?(?:work\s+)?stoppage|curfew|state\s+of\s+emergency|martial\s+law|mobiliz\w+|mobilis\w+|declared\s+(?:a\s+|an\s+)?(?:caliphate|emirate|independence)|"
                           r"deploy(?:ed|s|ing|ment)|redeploy\w*|dispatch(?:ed|es|ing)|reinforc\w+|pull(?:ed|s|ing)?\s+back|massing|amass(?:ed|ing)|sent\s+(?:\w+\s+){0,2}(?:troops|reinforcements|soldiers)|"
                           r"troop\s+movements?|defect(?:ed|ing|ions?)|were\s+formed|was\s+formed|training\s+camp|patrols?\s+(?:began|started|resumed)"), None),
)


def candidate_pattern() -> re.Pattern[str]:
    """One pattern that matches any sentence that may hold an event: only those are parsed.
    (Relations are read from actor mentions and cue words, with no parse, so their cues do not
    make a sentence a candidate.)"""
    return re.compile("|".join(r.pattern.pattern for r in RULES), re.IGNORECASE)
