"""Common given names, to tell a person from a place that shares a word with one.

Many towns, states and even countries are also first names ("Georgia", "Victoria",
"Charlotte", "Austin", "Jordan", "Salvador", "Eugene") and many surnames are towns
("Sutton", "Bolton", "Nelson"). A gazetteer match right after a given name ("Andrew
Jordan"), or a given name that is also a place followed by a surname ("Georgia Stevens"),
is a person. The list holds frequent given names of English, French, Spanish, Portuguese,
Italian, German, Slavic, Arabic and African usage; lower case, ASCII-folded.
"""

from __future__ import annotations

_NAMES = """
    aaron abby abdul abdullah abraham adam adrian agnes ahmed ahmad aisha alan albert alberto
    alejandro alex alexander alexandra alexis alfred alfredo ali alice alicia alison allison amanda amber
    amy ana andre andrea andreas andrew andy angela angelina anita ann anna anne annie anthony
    antoine antonio april armando arthur ashley audrey austin barbara barry ben benjamin bernard beth
    betty beverly bill billy bob bobby bonnie boris brad bradley brandon brenda brent brett brian
    bridget brittany bruce bryan caitlin calvin cameron carl carlos carmen carol caroline carolyn
    carrie casey cassandra catherine cathy charles charlie charlotte chelsea cheryl chloe chris
    christian christina christine christopher cindy claire clara claude claudia clinton colin
    connie craig crystal cynthia daisy dale dan daniel danielle danny darren dave david dawn dean
    debbie deborah debra denis denise dennis derek diana diane dimitri dmitry dolores dominic
    donald donna doris dorothy doug douglas dylan earl eddie edgar edith eduardo edward edwin eileen
    elaine eleanor elena elizabeth ellen emily emma emmanuel enrique eric erica erik erin ernest ernesto esther
    ethan eugene eva evan evelyn fatima felipe felix fernando fidel florence frances francesca francis
    francisco francois frank fred frederick gabriel gabriela gail gary gavin gene geoffrey george georgia
    gerald gerard gilles gina giovanni giuseppe gloria gordon grace graham grant greg gregory guillermo gustavo hamid hannah
    harold harriet harry hassan heather hector helen henri henry herbert howard hugh hugo hussein ian ignacio igor
    ibrahim irene isaac isabel isabella ivan jack jackie jacob jacqueline jacques jaime jake james jamie jan jane
    janet janice jason javier jean jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica
    jill jim jimmy joan joanne joaquin joe joel johan john johnny jon jonathan jorge jose joseph josh joshua
    joy joyce juan judith judy julia julian julie justin karen karl kate katherine kathleen kathryn
    kathy katie kay keith kelly ken kenneth kerry kevin khalid kim kimberly kurt kyle larry laura
    lauren lawrence leah lee leo leon leonard leslie lillian linda lisa liz lois lorenzo lori
    louis louise lucas lucy luis luke lynn madison maggie mahmoud manuel marc marcel marcus margaret maria
    marie marilyn mario marion mark martha martin mary matt matthew maureen max megan melanie
    melissa michael michel michele michelle miguel mike mikhail mildred mohamed mohammad mohammed
    molly monica muhammad nancy naomi natalie natasha nathan neil nicholas nick nicola nicole
    nikolai nina noah norma norman oleg olga oliver olivia omar oscar pablo pamela patricia patrick
    paul paula pauline pedro peggy penny peter philip philippe phillip phyllis pierre rachel rafael ralph
    ramon randy raul ray raymond rebecca regina rene rhonda ricardo richard rick ricky rita rob robert
    roberta roberto robin rod rodney rodrigo roger ron ronald rosa rose ross roy ruby russell ruth ryan sally
    salvador sam samantha samuel sandra sara sarah scott sean sergei sergey sergio shannon sharon shawn
    sheila shirley simon sofia sophia sophie stanley stella stephanie stephen steve steven stuart
    sue susan suzanne sydney sylvia tammy tanya tara ted teresa terry theodore theresa thomas tiffany
    tim timothy tina todd tom tommy tony tracy travis troy tyler valerie vanessa vera veronica
    victor victoria vincent virginia vladimir walter wanda wayne wendy william willie yusuf yves
    zachary
    """
GIVEN_NAMES = frozenset(_NAMES.split())
