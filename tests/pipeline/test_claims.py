"""Claim rules on sentences written for these tests (none is from the seed articles).

Each row: text, then one expected claim as (subject_id, predicate, object_id, value, modality);
``object_id``/``value`` None means "not checked"."""
import pytest

CASES = [
    ("Frank Lampard, 45, was unveiled at Coventry City.", ("frank-lampard", "age", None, "45", "asserted")),
    ("Mikel Arteta (41) watched from the stands.", ("mikel-arteta", "age", None, "41", "asserted")),
    ("Steven Gerrard spoke warmly about Liverpool. The 43-year-old said he was happy.", ("steven-gerrard", "age", None, "43", "asserted")),
    ("Xabi Alonso, aged 42, has impressed in Germany.", ("xabi-alonso", "age", None, "42", "asserted")),
    ("Arsenal appointed Mikel Arteta as head coach in December 2019.", ("mikel-arteta", "appointed", "arsenal", None, "asserted")),
    ("Xabi Alonso was appointed manager of Bayer Leverkusen in October 2022.", ("xabi-alonso", "appointed", "bayer-leverkusen", None, "asserted")),
    ("Steven Gerrard took charge of Rangers in 2018.", ("steven-gerrard", "appointed", "rangers", None, "asserted")),
    ("Frank Lampard was sacked by Chelsea in January 2021.", ("frank-lampard", "left_role", "chelsea", None, "asserted")),
    ("Unai Emery is in charge of Aston Villa.", ("unai-emery", "head_coach_of", "aston-villa", None, "asserted")),
    ("Juventus striker Dusan Vlahovic scored twice. Juventus sit third in Serie A after 10 games.", ("juventus", "league_position", "serie-a", "3 (after 10 games)", "asserted")),
    ("Bayern Munich finished second in the Bundesliga last season.", ("bayern-munich", "league_position", "bundesliga", "2", "asserted")),
    ("Thierry Henry left Arsenal for Barcelona in 2007.", ("thierry-henry", "transfer", "barcelona", "arsenal", "asserted")),
    ("Wayne Rooney hung up his boots in 2021.", ("wayne-rooney", "retired", None, "2021", "asserted")),
    ("Alan Shearer scored 206 goals in 404 appearances for Newcastle United.", ("alan-shearer", "career_goals", "newcastle-united", "206", "asserted")),
    ("Alan Shearer scored 206 goals in 404 appearances for Newcastle United.", ("alan-shearer", "career_appearances", "newcastle-united", "404", "asserted")),
    ("According to Marca, Real Betis made an offer for Raul Gonzalez.", ("raul-gonzalez", "offer_received", "real-betis", None, "reported")),
    ("Could Steven Gerrard take over at Liverpool one day?", ("steven-gerrard", "appointed", "liverpool", None, "hypothetical")),
    ("Xabi Alonso would take charge of Real Madrid if Carlo Ancelotti left.", ("xabi-alonso", "appointed", "real-madrid", None, "hypothetical")),
    ("Gary Neville is a former England international.", ("gary-neville", "nationality", None, "England", "asserted")),
    ("Arsenal midfielder Declan Rice was booked.", ("declan-rice", "player_of", "arsenal", None, "asserted")),
    ("The former Juventus defender Giorgio Chiellini now lives in Los Angeles.", ("giorgio-chiellini", "player_of", "juventus", None, "asserted")),
    ("Zlatan Ibrahimovic enjoyed spells at Ajax and Juventus.", ("zlatan-ibrahimovic", "player_of", "juventus", None, "asserted")),
    ("Under Jurgen Klopp, Liverpool won the Champions League in 2019.", ("jurgen-klopp", "head_coach_of", "liverpool", None, "asserted")),
    ("Jurgen Klopp, under whom Liverpool won the Champions League in 2019, is 57.", ("liverpool", "title_won", "uefa-champions-league", "2019", "asserted")),
    ("Mauricio Pochettino joined Chelsea as head coach in July 2023.", ("mauricio-pochettino", "appointed", "chelsea", None, "asserted")),
    ("Everton sacked manager Sean Dyche on Thursday.", ("sean-dyche", "left_role", "everton", None, "asserted")),
    ("Marco Silva has been out of work since Fulham sacked him in October.", ("marco-silva", "left_role", "fulham", None, "asserted")),
    ("Celtic have appointed Marco Rossi as manager. Luca Bianchi will stay on as his assistant manager.",
     ("luca-bianchi", "coaching_staff_of", "celtic", "assistant", "asserted")),
    ("Tottenham Hotspur parted ways with Antonio Conte in March.", ("antonio-conte", "left_role", "tottenham-hotspur", None, "asserted")),
    ("Celtic sit top of the table after eight games.", ("celtic", "league_position", None, "1 (after eight games)", "asserted")),
    ("Second-placed Arsenal travel to Newcastle United on Sunday.", ("arsenal", "league_position", None, "2", "asserted")),
    ("Leaders Liverpool host Everton on Saturday.", ("liverpool", "league_position", None, "1", "asserted")),
    ("Harry Kane left Tottenham Hotspur to join Bayern Munich in 2023.", ("harry-kane", "transfer", "bayern-munich", "tottenham-hotspur", "asserted")),
    ("Jack Grealish left Aston Villa for Manchester City in 2021.", ("jack-grealish", "transfer", "manchester-city", "aston-villa", "asserted")),
    ("Arsene Wenger spent 22 years in charge of Arsenal.", ("arsene-wenger", "tenure_length", "arsenal", "22", "asserted")),
    ("Erling Haaland scored 62 goals for Borussia Dortmund.", ("erling-haaland", "player_of", "borussia-dortmund", None, "asserted")),
    ("Brazilian forward Vinicius Junior scored again.", ("vinicius-junior", "nationality", None, "Brazil", "asserted")),
    ("Carlo Ancelotti led Real Madrid to the La Liga title in 2024.", ("real-madrid", "title_won", "la-liga", "2024", "asserted")),
    ("Zinedine Zidane lifted the World Cup in 1998 and the European Championship in 2000.", ("zinedine-zidane", "title_won", "uefa-european-championship", "2000", "asserted")),
    ("Ipswich Town won promotion to the Premier League in 2024.", ("ipswich-town", "competition_of", "premier-league", None, "asserted")),
    ("Sevilla beat Roma in the Europa League final in 2023.", ("sevilla", "title_won", "uefa-europa-league", "2023", "asserted")),
    ("Unai Emery took over from Steven Gerrard as head coach of Aston Villa in 2022.", ("steven-gerrard", "left_role", "aston-villa", None, "asserted")),
    ("Pep Guardiola's assistant at Manchester City, Enzo Maresca, left in 2023.", ("pep-guardiola", "head_coach_of", "manchester-city", None, "asserted")),
    ("Josh Brownhill, 28, captains the side.", ("josh-brownhill", "age", None, "28", "asserted")),
    ("Jose Mourinho, the former Chelsea manager, may return to Benfica if the board agrees.", ("jose-mourinho", "appointed", "benfica", None, "hypothetical")),
    ("Cesc Fabregas could go back to Arsenal next summer.", ("cesc-fabregas", "transfer", "arsenal", None, "hypothetical")),
    # national sides: a country used as a team
    ("Germany coach Julian Nagelsmann agreed a new deal in April.", ("julian-nagelsmann", "head_coach_of", "germany", "coach", "asserted")),
    ("Austria head coach Ralf Rangnick rejected an approach from Bayern Munich.", ("ralf-rangnick", "head_coach_of", "austria", "head coach", "asserted")),
    ("Jill Ellis took charge of the United States in 2014.", ("jill-ellis", "appointed", "united-states", None, "asserted")),
    ("Luis de la Fuente led Spain to the Nations League title in 2023.", ("luis-de-la-fuente", "head_coach_of", "spain", None, "asserted")),
    # departures and returns
    ("Monaco have suspended head coach Thierry Henry.", ("thierry-henry", "left_role", "monaco", "head coach", "asserted")),
    ("Monaco brought back Leonardo Jardim on Friday.", ("leonardo-jardim", "appointed", "monaco", None, "asserted")),
    # transfers: an origin after "signed from", modifiers before it; a club signing a player
    ("Marco Rossi scored 20 goals for Napoli last season. The striker, who joined from relegated Brentford in 2019, is out of contract.",
     ("marco-rossi", "transfer", "napoli", "brentford", "asserted")),
    ("Lyon signed Jonas Berger from French side Monaco in 2021.", ("jonas-berger", "transfer", "olympique-lyonnais", "monaco", "asserted")),
    ("Chelsea have signed Jonas Berger.", ("jonas-berger", "transfer", "chelsea", None, "asserted")),
    # a descriptor with an age after it is nobody stated another age ("Rossi, 51" is not "The Dane, 44")
    ("Real Betis have appointed Marco Rossi, 51, as head coach after sacking Jonas Berger. The Dane, 44, had been in charge since 2021.",
     ("jonas-berger", "age", None, "44", "asserted")),
    # "his move from X to Y"; a club signing a player described before the name ("the Denmark winger")
    ("Jonas Berger has completed his move from Ajax to Everton.", ("jonas-berger", "transfer", "everton", "ajax", "asserted")),
    ("Marco Rossi sealed a switch from Porto to Sevilla in 2019.", ("marco-rossi", "transfer", "sevilla", "porto", "asserted")),
    ("Villarreal signed the Denmark winger Jonas Berger, 27, from Benfica last week.",
     ("jonas-berger", "transfer", "villarreal", "benfica", "asserted")),
    ("Celtic have signed young striker Marco Rossi from Brentford.", ("marco-rossi", "transfer", "celtic", "brentford", "asserted")),
    # a coach named in another clause does not make a player's move an appointment
    ("Porto moved quickly. Jonas Berger, aged 27, joined from Ajax last month, and Porto coach Luis Ortega, 51, expects goals.",
     ("jonas-berger", "transfer", "porto", "ajax", "asserted")),
    # players signed together: pairwise with their clubs, or all from the one club named
    ("Last week Sevilla signed the Portugal forward Luis Ortega, 24, from Porto and brought in Jonas Berger and Marco Rossi "
     "on loan from Ajax and Celtic.", ("marco-rossi", "transfer", "sevilla", "celtic", "asserted")),
    ("Last week Sevilla signed the Portugal forward Luis Ortega, 24, from Porto and brought in Jonas Berger and Marco Rossi "
     "on loan from Ajax and Celtic.", ("jonas-berger", "transfer", "sevilla", "ajax", "asserted")),
    ("Celtic signed Marco Rossi and Jonas Berger from Hibernian.", ("jonas-berger", "transfer", "celtic", "hibernian", "asserted")),
    # a country and position before a name describe that name, not the article's protagonist
    ("Jonas Berger scored twice. Earlier this month Porto signed the Brazil winger Marco Rossi, 25, from Ajax.",
     ("marco-rossi", "nationality", None, "Brazil", "asserted")),
    # countries of Europe, Africa and the Americas beyond the big football nations
    ("Porto signed the Georgia winger Luka Beridze, 25, from Ajax.", ("luka-beridze", "nationality", None, "Georgia", "asserted")),
    ("Peruvian striker Carlos Quispe scored twice.", ("carlos-quispe", "nationality", None, "Peru", "asserted")),
    # the name after the role noun, not its possessor
    ("Marco Rossi left Genoa on Sunday. Rossi's assistant Jonas Berger also left after Sunday's game and is expected "
     "to become head coach of Lazio.",
     ("jonas-berger", "appointed", "lazio", "head coach", "hypothetical")),
    # a club's coach opening a sentence, after a sentence about that person
    ("Anna Berg took charge of Genoa in 2012, replacing Marco Rossi. The Genoa manager has won six league titles.",
     ("anna-berg", "head_coach_of", "genoa", "manager", "asserted")),
    # a country doing what a side does: its national side, not the person named before
    ("Marta Lopez scored twice for Norway at the Women's World Cup. Germany went on to win the tournament, beating "
     "Italy 2-0 in the final.", ("germany-women", "title_won", None, None, "asserted")),
    ("Jonas Berger left Lazio for Ajax in 2021. Berger scored twice for Lazio. Genoa appointed Marco Rossi as head "
     "coach last month, replacing Luca Bianchi, who was sacked in June.", ("luca-bianchi", "left_role", "genoa", None, "asserted")),
    # a country's men: its (men's) side, even in a women's article; not the person named before
    ("Marta Lopez scored twice for Norway at the Women's World Cup. Norway's men won the World Cup in 1998.",
     ("norway", "title_won", None, None, "asserted")),
    # in an article about women's football a man still plays for the men's side; a woman for the women's
    ("Anna Berg has won the Women's Super League with Arsenal. Her predecessor, the former Everton defender Paul Jones, "
     "had left in 2021.", ("paul-jones", "player_of", "everton", None, "asserted")),
    ("Anna Berg has won the Women's Super League with Arsenal. Her captain, the Everton defender Laura Jones, "
     "was injured.", ("laura-jones", "player_of", "everton-women", None, "asserted")),
    # a man's new job at a club whose women's side the gazetteer does not know: the club; a man coaching a
    # country's side in a women's article still coaches its women's side
    ("Anna Berg took charge of Arsenal in the Women's Super League in 2021, succeeding Paul Jones, who had left in "
     "January to become head coach of LA Galaxy.", ("paul-jones", "appointed", "la-galaxy", None, "asserted")),
    ("Marta Lopez scored twice at the Women's World Cup. Spain coach Jorge Ruiz, 42, has been in charge since 2015.",
     ("jorge-ruiz", "head_coach_of", "spain-women", None, "asserted")),
    # the subject of an "after ..." clause that ends before the verb did not do what the verb says
    ("Marco Rossi scored twice. The Welsh-born coach, who moved to Italy as a teenager, served as interim coach in "
     "2012 after Luca Bianchi left the post, and was appointed head coach of Genoa in May 2014.",
     ("marco-rossi", "appointed", "genoa", None, "asserted")),
    # a club right before the staff role: that club, not one named later in the sentence
    ("Genoa coach Luca Bianchi has been linked with the job, as has Lazio assistant coach Marco Rossi, a former "
     "Torino midfielder.", ("marco-rossi", "coaching_staff_of", "lazio", None, "asserted")),
    # "His side" after a sentence about the coach: his side, not the article's most named person's
    ("Marco Rossi won the league with Genoa in 2019. Rossi was cheered by Genoa fans. Rossi signed a new deal. "
     "Luca Bianchi was appointed Lazio coach in 2020. Bianchi has a huge task. His side sit bottom of Serie A with "
     "18 points.", ("lazio", "points", None, "18", "asserted")),
    # an age between the name and its apposition
    ("Marta Lopez, 23, the Sevilla left-back, scored twice on Sunday.",
     ("marta-lopez", "player_of", "sevilla", None, "asserted")),
    # a country of two words before the role noun
    ("Genoa signed Park Ji-hoon from Ulsan in July. The South Korea defender has been a revelation.",
     ("park-ji-hoon", "nationality", None, "South Korea", "asserted")),
    # the winner of a final named after it: "..., where X beat them", "were beaten by X", "a defeat by X"
    ("Marco Rossi coached Ajax. They reached the 2017 Europa League final in Stockholm, where Manchester United beat them 2-0.",
     ("manchester-united", "title_won", "uefa-europa-league", "2017", "asserted")),
    ("Jonas Berger managed Monaco. Monaco reached the Champions League final in 2004 but were beaten 3-0 by Porto.",
     ("porto", "title_won", "uefa-champions-league", "2004", "asserted")),
    # a title added to others is won
    ("Marco Rossi joined Celtic in 2015. He has since added the Scottish Cup, in 2017.",
     ("marco-rossi", "title_won", "scottish-cup", "2017", "asserted")),
    # taking "the <club> job", leaving "to become player-manager of <club>": appointments
    ("Marco Rossi played for Genoa. He left Genoa in 2015 to become player-coach of Parma and took the Lazio job in 2019.",
     ("marco-rossi", "appointed", "parma", None, "asserted")),
    ("Marco Rossi played for Genoa. He left Genoa in 2015 to become player-coach of Parma and took the Lazio job in 2019.",
     ("marco-rossi", "appointed", "lazio", None, "asserted")),
    # "completed a double for X's side": the side's title, and X coaches it
    ("Celtic won the Scottish Cup on Saturday. Kyogo Furuhashi scored twice. The win completed a domestic double for "
     "Brendan Rodgers' team.", ("celtic", "title_won", None, None, "asserted")),
    ("Celtic won the Scottish Cup on Saturday. Kyogo Furuhashi scored twice. The win completed a domestic double for "
     "Brendan Rodgers' team.", ("brendan-rodgers", "head_coach_of", "celtic", None, "asserted")),
    # "X's <club>" before anything but a noun: the club X coaches
    ("Everton travel to Mikel Arteta's Arsenal on Sunday.", ("mikel-arteta", "head_coach_of", "arsenal", None, "asserted")),
    # a place in an apposition after a club
    ("Everton host Newcastle United, fifth in the Premier League, on Saturday.",
     ("newcastle-united", "league_position", "premier-league", "5", "asserted")),
    # a declined move is an offer received, refused
    ("Jonas Berger scored twice for Everton. The winger turned down a move to Arsenal in the summer.",
     ("jonas-berger", "offer_received", "arsenal", "declined", "asserted")),
    # a player described by club and position: apposition, hyphenated positions, a descriptor opening a sentence
    ("Laura Walsh, the Juventus left-back, scored the winner.", ("laura-walsh", "player_of", "juventus", None, "asserted")),
    ("Everton centre-back Jonas Berger was booked.", ("jonas-berger", "player_of", "everton", None, "asserted")),
    ("Jonas Berger scored twice on Sunday. The Everton forward was named man of the match.",
     ("jonas-berger", "player_of", "everton", None, "asserted")),
    # "took charge of the first team": the article's club
    ("Anna Berg, 41, is Genoa's coach. She played for Genoa, and took charge of the first team in 2021, "
     "replacing Marco Rossi.", ("anna-berg", "appointed", "genoa", None, "asserted")),
    # tenures: "led the team for N years", "after N years in the job" (the article's club, not one named in passing)
    ("Pablo Moreno was appointed Sevilla coach in 2015, replacing Luis Ortega, who had led the club for 12 years.",
     ("luis-ortega", "tenure_length", "sevilla", "12", "asserted")),
    ("Marco Rossi has left Napoli after a difficult spring. Napoli finished fifth, and Rossi, who beat Juventus twice, "
     "leaves after three years in the job.", ("marco-rossi", "tenure_length", "napoli", "3", "asserted")),
    # table places and points without an ordinal for the subject
    ("Napoli finished eight points clear of second-placed Lazio.", ("napoli", "league_position", None, "1", "asserted")),
    ("Napoli finished eight points clear of second-placed Lazio.", ("lazio", "league_position", None, "2", "asserted")),
    ("Celtic are six points clear at the top of the Scottish Premiership.", ("celtic", "league_position", None, "1", "asserted")),
    ("Wales went through as runners-up, behind group winners Belgium.", ("belgium", "league_position", None, "1", "asserted")),
    ("Napoli won the 2022-23 title with 90 points.", ("napoli", "points", None, "90", "asserted")),
    ("Celtic amassed a record 106 points that season.", ("celtic", "points", None, "106", "asserted")),
    ("Napoli won the 2022-23 title with 90 points.", ("napoli", "title_won", None, None, "asserted")),
    # speculation about a job: the job a departure left open, or the club named
    ("Marco Rossi resigned as Torino coach on Monday, and the club has yet to find a successor. "
     "Jonas Berger has been linked with the vacancy.", ("jonas-berger", "appointed", "torino", None, "hypothetical")),
    ("Marco Rossi has left Napoli. Jonas Berger is the favourite to replace him, according to Il Mattino.",
     ("jonas-berger", "appointed", "napoli", None, "hypothetical")),
    ("Marco Rossi was sacked by Everton on Sunday. Jonas Berger could be given the job on a permanent basis.",
     ("jonas-berger", "appointed", "everton", None, "hypothetical")),
    ("Jonas Berger is a candidate to return to Fulham.", ("jonas-berger", "appointed", "fulham", None, "hypothetical")),
    ("Jonas Berger was linked with the Fulham post in 2019.", ("jonas-berger", "appointed", "fulham", None, "hypothetical")),
    # coaches named by the team's side: "coached by", "X's assistant, Y", "the former X manager"
    ("Napoli, coached by Marco Rossi, lost at home.", ("marco-rossi", "head_coach_of", "napoli", None, "asserted")),
    ("Everton sacked Marco Rossi. Rossi's assistant, Jonas Berger, was put in temporary charge of the side.",
     ("jonas-berger", "appointed", "everton", "interim", "asserted")),
    ("Everton sacked Marco Rossi. Rossi's assistant, Jonas Berger, was put in temporary charge of the side.",
     ("jonas-berger", "coaching_staff_of", "everton", "assistant", "asserted")),
    ("Pablo Moreno, the former Valencia manager, is out of work.", ("pablo-moreno", "head_coach_of", "valencia", None, "asserted")),
    ("Jonas Berger scored 19 league goals for Fulham last season.", ("jonas-berger", "career_goals", "fulham", "19", "asserted")),
    # a final lost to a side is that side's title; "they" is a side, never a guessed person
    ("Napoli lost the Europa League final 2-1 to Sevilla.", ("sevilla", "title_won", "uefa-europa-league", None, "asserted")),
    ("Marco Rossi joined Napoli in 2019. Napoli finished fifth. They did not win a trophy that season.",
     ("napoli", "title_won", None, None, "negated")),
    # a dismissal with no club in its sentence: the club the person coached, not the last team named
    ("Arsenal have appointed Jonas Berger as head coach. Berger joined Arsenal from Everton in 2011 and played "
     "against Everton often. Pablo Moreno, who replaced Luis Ortega as manager in May 2018, was dismissed on 29 November.",
     ("pablo-moreno", "left_role", "arsenal", None, "asserted")),
    # counted titles: plural competition names in a list, trophies without a competition
    ("Marco Rossi won eight Serie A titles, four Coppa Italias and two Champions Leagues with Juventus.",
     ("marco-rossi", "title_won", "uefa-champions-league", None, "asserted")),
    ("Marco Rossi collected 21 trophies in 12 years at Juventus.", ("marco-rossi", "title_won", None, None, "asserted")),
    # a team possessed by its coach is the subject; a town word of a club the article names is that club
    ("Laura Walsh's Spain won the Nations League in 2024.", ("spain", "title_won", None, "2024", "asserted")),
    ("Marco Rossi returned to Real Madrid in 2019. Under Rossi, Madrid won La Liga in 2019-20.",
     ("real-madrid", "title_won", "la-liga", "2019-20", "asserted")),
    # a manager retiring leaves the job; a successor "expected to succeed him" is speculation about it
    ("Marco Rossi will retire at the end of the season after 20 years as Torino manager.",
     ("marco-rossi", "left_role", "torino", None, "asserted")),
    ("Marco Rossi will retire at the end of the season after 20 years as Torino manager. "
     "Genoa coach Jonas Berger is expected to succeed him.", ("jonas-berger", "appointed", "torino", None, "hypothetical")),
    ("Marco Rossi will retire at the end of the season after 20 years as Torino manager.",
     ("marco-rossi", "tenure_length", "torino", "20", "asserted")),
    # a final won without the competition in its sentence: the article's competition
    ("Spain reached the World Cup final in Sydney. Spain beat England 1-0 in the final on Sunday.",
     ("spain", "title_won", "fifa-world-cup", None, "asserted")),
    ("Girona finished third in La Liga, 10 points behind champions Real Madrid.",
     ("real-madrid", "league_position", None, "1", "asserted")),
    # a country to coach is its side; women's demonyms
    ("Marco Rossi turned down the chance to coach Portugal in 2022.", ("marco-rossi", "offer_received", "portugal", None, "asserted")),
    ("Laura Walsh took charge of Wales in 2021. The Dutchwoman has won every game since.",
     ("laura-walsh", "nationality", None, "Netherlands", "asserted")),
    # a list of former clubs before a coaching noun: coached each, played for none
    ("Marco Rossi, the former Napoli and Lazio coach, was sacked on Tuesday.", ("marco-rossi", "head_coach_of", "lazio", None, "asserted")),
    # appointments and departures announced as nouns
    ("Fulham have confirmed the appointment of Marco Rossi as head coach.", ("marco-rossi", "appointed", "fulham", "head coach", "asserted")),
    ("Everton announced the departure of Marco Rossi on Wednesday.", ("marco-rossi", "left_role", "everton", None, "asserted")),
    # nationality from "another / fellow Italian", "Italian coach X", "the Morocco full-back X"
    ("Another Italian, Marco Rossi, now has Fulham top of the table.", ("marco-rossi", "nationality", None, "Italy", "asserted")),
    ("Portuguese coach Pablo Moreno was sacked.", ("pablo-moreno", "nationality", None, "Portugal", "asserted")),
    ("The Morocco left-back Jonas Berger scored twice.", ("jonas-berger", "nationality", None, "Morocco", "asserted")),
    # a move on starts at the club joined, not the one come from; "Serie A." ends a sentence
    ("Everton sacked Marco Rossi. Jonas Berger, signed from Monaco in 2015, left for Chelsea last summer.",
     ("jonas-berger", "transfer", "chelsea", "everton", "asserted")),
    ("Jonas Berger was voted the best player in Serie A. Pablo Moreno, who joined from Real Madrid last summer, "
     "has been linked with a move to Chelsea.", ("pablo-moreno", "transfer", "chelsea", None, "hypothetical")),
    # "won the league"; a country name the model left untagged still wins as a side
    ("Celtic have won the league nine times under Marco Rossi.", ("celtic", "title_won", None, None, "asserted")),
    ("England won Women's Euro 2022 at Wembley.", ("england-women", "title_won", "uefa-women-s-championship", None, "asserted")),
    # "X, the Roma coach,", "manager of X for N years", "X ... is 40"
    ("Marco Rossi, the new Torino coach, is 47.", ("marco-rossi", "head_coach_of", "torino", None, "asserted")),
    ("Marco Rossi, the new Torino coach, is 47.", ("marco-rossi", "age", None, "47", "asserted")),
    ("Marco Rossi was manager of Torino for 12 years.", ("marco-rossi", "tenure_length", "torino", "12", "asserted")),
    # staff, finals, totals, the competition of the article
    ("Rangers thanked first-team coach Jonas Berger.", ("jonas-berger", "coaching_staff_of", "rangers", "coach", "asserted")),
    ("Marco Rossi left Anfield for Celtic in 2015.", ("marco-rossi", "transfer", "celtic", "liverpool", "asserted")),
    ("Barcelona reached the Champions League final in 2019 but lost the final 4-1 to Lyon.",
     ("olympique-lyonnais", "title_won", "uefa-champions-league", None, "asserted")),
    ("Napoli won 28 games for a total of 90 points.", ("napoli", "points", None, "90", "asserted")),
    ("Jonas Berger has been in charge of Genoa since 2019. He is in his third season in charge of the team.",
     ("jonas-berger", "head_coach_of", "genoa", None, "asserted")),
    # interim charge and returns without a club in the phrase; a team after "after ..." is another clause
    ("Arsenal sacked Marco Rossi. Jonas Berger, who took interim charge after Rossi's departure, faces Everton on Sunday.",
     ("jonas-berger", "appointed", "arsenal", "interim", "asserted")),
    ("Chelsea sacked Marco Rossi, who returned as head coach in July 2019 after a season in charge of Derby County.",
     ("marco-rossi", "appointed", "chelsea", "head coach", "asserted")),
    ("Chelsea sacked Marco Rossi, who returned as head coach in July 2019 after a season in charge of Derby County.",
     ("marco-rossi", "tenure_length", "derby-county", "1", "asserted")),
    ("Jonas Berger played for Fulham before ending his career in Japan with Sagan Tosu.",
     ("jonas-berger", "player_of", "sagan-tosu", None, "asserted")),
    # "they dismissed X": the side named before in the sentence, not the article's club
    ("Jonas Berger coaches Arsenal. Fulham won promotion last season, but they dismissed head coach Marco Rossi in March.",
     ("marco-rossi", "left_role", "fulham", None, "asserted")),
    # "his side" of a coach who is leaving is the side he leaves, not one he managed before
    ("Jurgen Klopp will step down as Liverpool manager at the end of the season. He had previously managed Mainz. "
     "He made the announcement with his side top of the Premier League.", ("liverpool", "league_position", None, "1", "asserted")),
    # a chance to manage is speculation
    ("Marco Rossi coaches Everton. He looks certain to get a chance to manage Fulham one day.",
     ("marco-rossi", "appointed", "fulham", None, "hypothetical")),
    # a year counted from one named before; a retirement's year is in its own clause
    ("Marco Rossi left Napoli for Boca Juniors in 2015 and retired the following year.",
     ("marco-rossi", "retired", None, "2016", "asserted")),
    # "The Argentine, 52,"; a club to appoint another club's manager; "left X after one season in charge"
    ("Marco Rossi coached Napoli for years. The Italian, 58, has retired.", ("marco-rossi", "age", None, "58", "asserted")),
    ("Chelsea are expected to appoint Leicester City manager Jonas Berger as his successor.",
     ("jonas-berger", "appointed", "chelsea", None, "hypothetical")),
    ("Marco Rossi has left Chelsea by mutual consent after just one season in charge.",
     ("marco-rossi", "tenure_length", "chelsea", "1", "asserted")),
    # a club's short name is the club the article names in full
    ("Claudio Ranieri was sacked by Leicester City in February. Leicester had won the title.", ("leicester-city", "title_won", None, None, "asserted")),
    # "The Genoa winger, 35,": a role after a club, with an age, for the person just named
    ("Marco Rossi was sacked by Genoa on Monday. Among his players, nobody has been more loyal than Pablo Moreno. "
     "The Genoa winger, 35, has played 500 games.", ("pablo-moreno", "age", None, "35", "asserted")),
    ("Marco Rossi was sacked by Genoa on Monday. Among his players, nobody has been more loyal than Pablo Moreno. "
     "The Genoa winger, 35, has played 500 games.", ("pablo-moreno", "player_of", "genoa", None, "asserted")),
    ("Marco Rossi was sacked by Genoa on Monday. Marco Rossi had been in charge since 2021. Luca Bianchi, 41, is "
     "popular at the club. The former Spain defender spent 12 years at Genoa.", ("luca-bianchi", "nationality", None, "Spain", "asserted")),
    # "replacing X" after a job named with "as": that job; "having been sacked by Y" is another clause
    ("Fulham sounded out Jonas Berger, but he turned them down. The German was instead confirmed as Wolfsburg coach "
     "on Monday, replacing Pablo Moreno, who had been sacked after two seasons.", ("pablo-moreno", "left_role", "vfl-wolfsburg", None, "asserted")),
    ("Torino have sacked Marco Rossi. Rossi was appointed in June 2020 to replace Luca Bianchi, having been sacked "
     "by Genoa in May 2020.", ("marco-rossi", "appointed", "torino", None, "asserted")),
    ("Torino have sacked Marco Rossi. Rossi was appointed in June 2020 to replace Luca Bianchi, having been sacked "
     "by Genoa in May 2020.", ("luca-bianchi", "left_role", "torino", None, "asserted")),
    # "promoted to replace X" is a job even with no coaching noun in the sentence
    ("Pablo Moreno has resigned as Valencia coach. He had been in charge of the youth side before he was promoted "
     "to replace Jonas Berger in March 2018.", ("jonas-berger", "left_role", "valencia", None, "asserted")),
    # "X, a 31-year-old Everton defender,": age and club
    ("Jonas Berger, a 31-year-old Everton defender, was booked.", ("jonas-berger", "age", None, "31", "asserted")),
    ("Jonas Berger, a 31-year-old Everton defender, was booked.", ("jonas-berger", "player_of", "everton", None, "asserted")),
    # countries as sides: "led the Netherlands to", "lost to the United States", "Spain, who had won ..."
    ("Laura Walsh led the Netherlands to the title in 2019.", ("netherlands", "title_won", None, "2019", "asserted")),
    ("Norway reached the World Cup final in 2019, which they lost to the United States.",
     ("united-states", "title_won", "fifa-world-cup", None, "asserted")),
    ("Spain, who had won the competition three times, were knocked out by Italy.", ("spain", "title_won", None, None, "asserted")),
    # titles: "and again in 2009", "and with Villarreal in 2021", "won the club the cup", "X's side", lost on penalties
    ("Marco Rossi led Napoli to the Europa League in 2005, completing a double, and again in 2009.",
     ("napoli", "title_won", "uefa-europa-league", "2009", "asserted")),
    ("Jonas Berger won the Europa League with Sevilla in 2015 and with Villarreal in 2021.",
     ("jonas-berger", "title_won", "uefa-europa-league", "2021", "asserted")),
    ("Marco Rossi joined Napoli in 2001, and his goal against Lazio won the club the Coppa Italia in 2002.",
     ("napoli", "title_won", "coppa-italia", "2002", "asserted")),
    ("Laura Walsh took charge of Norway in 2021. Could Walsh's side win the World Cup next summer?",
     ("norway", "title_won", "fifa-world-cup", None, "hypothetical")),
    ("Genoa reached the Coppa Italia final, where they lost on penalties to Lazio.", ("lazio", "title_won", "coppa-italia", None, "asserted")),
    # speculation about a job: "could be the first call", "has also been mentioned", "expected to be offered the job",
    # the subject of a relative clause before the verb, the team that "must find a new coach"
    ("Marco Rossi has resigned as Genoa coach. Luca Bianchi has long been admired by the board and could be the first call.",
     ("luca-bianchi", "appointed", "genoa", None, "hypothetical")),
    ("Marco Rossi has resigned as Genoa coach. Torino coach Luca Bianchi, who is preparing his side for the derby, "
     "has also been linked with the job.", ("luca-bianchi", "appointed", "genoa", None, "hypothetical")),
    ("Marco Rossi will retire as Genoa manager. Genoa did not name a successor, but Torino manager Luca Bianchi, "
     "a fellow Italian, is widely expected to be offered the job.", ("luca-bianchi", "offer_received", "genoa", None, "hypothetical")),
    ("Marco Rossi will retire as Genoa manager. Genoa did not name a successor, but Torino manager Luca Bianchi, "
     "a fellow Italian, is widely expected to be offered the job.", ("luca-bianchi", "nationality", None, "Italy", "asserted")),
    ("Marco Rossi will retire as Genoa manager. Torino coach Luca Bianchi has also been mentioned.",
     ("luca-bianchi", "appointed", "genoa", None, "hypothetical")),
    ("Genoa have appointed Marco Rossi, who left Lazio on Monday. Fulham sacked Pablo Moreno in May. Lazio, meanwhile, "
     "must find a new coach. Jonas Berger has been linked with the job.", ("jonas-berger", "appointed", "lazio", None, "hypothetical")),
    ("Pablo Moreno, 51, was sacked by Lazio. Luca Bianchi, also 49, was unaffected.", ("luca-bianchi", "age", None, "49", "asserted")),
    # "they had named X": the side just spoken of; "making N appearances and scoring M goals"
    ("Fulham sacked Marco Rossi on Monday. Within hours they had named Jonas Berger as head coach.",
     ("jonas-berger", "appointed", "fulham", None, "asserted")),
    ("Jonas Berger spent ten years at Celtic, making 400 appearances and scoring 52 goals.",
     ("jonas-berger", "career_goals", "celtic", "52", "asserted")),
    ("Jonas Berger spent ten years at Celtic, making 400 appearances and scoring 52 goals.",
     ("jonas-berger", "career_appearances", "celtic", "400", "asserted")),
    ("Jonas Berger joined Celtic in 2010 and made 300 appearances.", ("jonas-berger", "career_appearances", "celtic", "300", "asserted")),
    # table places: "with the club ninth in", "finishing third", "finishing second ... with Lazio"
    ("Genoa sacked Marco Rossi with the club ninth in Serie A.", ("genoa", "league_position", None, "9", "asserted")),
    ("Napoli did not win the league, finishing third on 70 points.", ("napoli", "league_position", None, "3", "asserted")),
    ("Marco Rossi joined Genoa in 2020. He had come close with Lazio, finishing second in Serie A with Lazio in 2014-15.",
     ("lazio", "league_position", None, "2", "asserted")),
    ("Marco Rossi will retire as Torino manager at the end of the season, the club announced on Wednesday. "
     "The 64-year-old Torino manager told his players in the morning.", ("marco-rossi", "age", None, "64", "asserted")),
    # "X's side": the side he is known to coach, named just before; else the team named before it
    ("Napoli were knocked out by Chelsea. Marco Rossi's side went on to win the final.",
     ("marco-rossi", "head_coach_of", "chelsea", None, "asserted")),
    ("Greece are the champions of Europe. Jonas Berger scored as Marco Rossi's side beat Portugal 1-0 to win Euro 2004.",
     ("marco-rossi", "head_coach_of", "greece", None, "asserted")),
    ("Greece are the champions of Europe. Jonas Berger scored as Marco Rossi's side beat Portugal 1-0 to win Euro 2004.",
     ("greece", "title_won", "uefa-european-championship", None, "asserted")),
    ("Marco Rossi was appointed Lazio coach in 2020. Lazio lost 2-1 to Roma on Sunday. Marco Rossi's side are fifth.",
     ("marco-rossi", "head_coach_of", "lazio", None, "asserted")),
    # "Her predecessor, the former Everton defender X,": X left the job she holds
    ("Laura Walsh took charge of Wales in September 2021. Her predecessor, the former Everton defender Pablo Moreno, "
     "had left in January 2021 to become head coach of Celtic.", ("pablo-moreno", "left_role", "wales", None, "asserted")),
    # a candidate in a sentence about "the club": the article's club, not the last departure elsewhere
    ("Lazio have appointed Marco Rossi as head coach. Rossi replaces Luca Bianchi, who was sacked by Lazio on Monday. "
     "Genoa sacked Pablo Moreno in May. Torino coach Jonas Berger had also been seen as a candidate, but the club opted "
     "for experience.", ("jonas-berger", "appointed", "lazio", None, "hypothetical")),
    # a newspaper is no team; a game in charge "at Torino" is against Torino
    ("Marco Rossi will retire as Genoa manager. According to the Genoa Evening News, his assistant Luca Bianchi and the "
     "rest of the coaching staff had been told on Tuesday evening.", ("luca-bianchi", "coaching_staff_of", "genoa", None, "reported")),
    # a generic last word alone is the club named in full with it
    ("Jonas Berger joined Bristol City in 2019. City sit second in the Championship.", ("bristol-city", "league_position", None, "2", "asserted")),
    # career totals after "joined X from Y, going on to score": X, not the article's club ("become the club's" is no "for the club")
    ("Everton have sacked Marco Rossi. Everton sit 18th. Rossi began his career at Everton. He moved to Ajax and then joined "
     "Napoli from the Dutch club in 2009, going on to score 95 goals in 210 appearances and become the club's captain.",
     ("marco-rossi", "career_goals", "napoli", "95", "asserted")),
    # caps are games for the person's national side, whose country the article states
    ("Anderlecht have appointed Jonas Berger. The Dane, who won 64 caps for his country, signed a two-year deal.",
     ("jonas-berger", "career_appearances", "denmark", "64", "asserted")),
    ("Marco Rossi, the Italian midfielder, earned 23 international caps before retiring in 2015.",
     ("marco-rossi", "career_appearances", "italy", "23", "asserted")),
    ("Chelsea Women have signed Laura Walsh. The England forward, who won 71 caps for her country, joins from Arsenal Women.",
     ("laura-walsh", "career_appearances", "england-women", "71", "asserted")),
    # "X, the club where he began his career": he played for X
    ("Marco Rossi was named coach of Genoa on Monday. He left Everton in 2019 to become manager of Ajax, "
     "the club where he began his career.", ("marco-rossi", "player_of", "ajax", None, "asserted")),
    ("Marco Rossi returned to Napoli, where he spent most of his playing career.", ("marco-rossi", "player_of", "napoli", None, "asserted")),
    # taking a club's job, becoming its player-manager: appointments; "later managed them": the side just named
    ("Marco Rossi left Everton in 2019 to become player-manager of Ajax.", ("marco-rossi", "appointed", "ajax", "manager", "asserted")),
    ("Marco Rossi won the league with Porto before taking the Celtic job in 2022.", ("marco-rossi", "appointed", "celtic", "", "asserted")),
    ("Luca Bianchi accepted the Lazio post in May.", ("luca-bianchi", "appointed", "lazio", "", "asserted")),
    ("Jonas Berger could take the Everton job next summer.", ("jonas-berger", "appointed", "everton", None, "hypothetical")),
    ("Jonas Berger signed for Ajax in 2010. He became player-coach of Ajax in 2016, and later managed them from the bench.",
     ("jonas-berger", "head_coach_of", "ajax", None, "asserted")),
    # relegated from a league: the team played in it that season
    ("Marco Rossi has left Watford, who were relegated from the Premier League last season.",
     ("watford", "competition_of", "premier-league", None, "asserted")),
    ("Sampdoria were relegated from Serie A in 2023.", ("sampdoria", "competition_of", "serie-a", None, "asserted")),
    # "His assistant X": on the staff of the side the possessor coaches
    ("Marco Rossi has been appointed head coach of Genoa. His assistant Luca Bianchi will join him from Lazio.",
     ("luca-bianchi", "coaching_staff_of", "genoa", "assistant", "asserted")),
    # "who had left his post ... to take over at Y": the post left is the one succeeded to, not Y
    ("Luca Bianchi took charge of Genoa in May, succeeding Marco Rossi, who had left his post in March to take over at Celtic.",
     ("marco-rossi", "left_role", "genoa", None, "asserted")),
    # "as Porto coach between 2012 and 2014", "was Portugal coach from 2014 to 2016": a past coaching role
    ("Marco Rossi won three league titles as Porto coach between 2012 and 2014, and he was Portugal coach from 2014 to 2016.",
     ("marco-rossi", "head_coach_of", "porto", "coach", "asserted")),
    ("Marco Rossi won three league titles as Porto coach between 2012 and 2014, and he was Portugal coach from 2014 to 2016.",
     ("marco-rossi", "head_coach_of", "portugal", "coach", "asserted")),
    # "As a player, X spent nine years at Y after joining from Z": a coach's move as a player, to the club just named
    ("Genoa have appointed Marco Rossi as head coach. As a player, Rossi spent nine years at Everton after joining from Ajax in 2004.",
     ("marco-rossi", "transfer", "everton", "ajax", "asserted")),
    # a competition named with its year: that year, not one later in the sentence; Euros held in odd years are the women's
    ("Jonas Berger won Euro 2016 with Portugal and then played at the 2018 World Cup.",
     ("jonas-berger", "title_won", "uefa-european-championship", "2016", "asserted")),
    ("Anna Berg won Euro 2013 with Germany and then reached the 2015 World Cup semi-finals.",
     ("anna-berg", "title_won", "uefa-women-s-championship", "2013", "asserted")),
    # "had been offered a new contract by X": an offer from X
    ("Luca Bianchi, who according to Sky Italia had been offered a new contract by Genoa in recent weeks, is the favourite.",
     ("luca-bianchi", "offer_received", "genoa", "", "reported")),
    ("Marco Rossi was offered the head coach job by Everton in 2019.", ("marco-rossi", "offer_received", "everton", "", "asserted")),
    # "X have sacked ... and brought back Y": Y appointed by X
    ("Genoa have sacked head coach Marco Rossi and brought back Luca Bianchi.", ("luca-bianchi", "appointed", "genoa", None, "asserted")),
    # "his former Everton team-mate X": both played for Everton
    ("Marco Rossi signed his former Everton team-mate Jonas Berger.", ("jonas-berger", "player_of", "everton", None, "asserted")),
    ("Marco Rossi signed his former Everton team-mate Jonas Berger.", ("marco-rossi", "player_of", "everton", None, "asserted")),
    ("England captain Laura Walsh, 27, lifted the trophy alongside her Arsenal teammate Ann Mead.",
     ("laura-walsh", "player_of", "arsenal", None, "asserted")),
    ("England captain Laura Walsh, 27, lifted the trophy alongside her Arsenal teammate Ann Mead.",
     ("ann-mead", "player_of", "arsenal", None, "asserted")),
    # "X will also leave at the end of the season": a departure from the job this article gives X (an assistant's)
    ("Marco Rossi has been appointed head coach of Genoa. His assistant Luca Bianchi will also leave at the end of the season.",
     ("luca-bianchi", "left_role", "genoa", "assistant", "asserted")),
    ("Everton have confirmed that Marco Rossi will leave in the summer.", ("marco-rossi", "left_role", "everton", None, "asserted")),
    # a list of moves out of the article's club: each starts there, whatever verb it uses
    ("Benfica won the league. Marco Rossi left for Porto, Jonas Berger joined Sevilla and veteran Luis Ortega moved to Celtic.",
     ("marco-rossi", "transfer", "porto", "benfica", "asserted")),
    ("Benfica won the league. Marco Rossi left for Porto, Jonas Berger joined Sevilla and veteran Luis Ortega moved to Celtic.",
     ("jonas-berger", "transfer", "sevilla", "benfica", "asserted")),
    ("Benfica won the league. Marco Rossi left for Porto, Jonas Berger joined Sevilla and veteran Luis Ortega moved to Celtic.",
     ("luis-ortega", "transfer", "celtic", "benfica", "asserted")),
    ("Porto won the league. Marco Rossi left for Benfica on a free transfer last summer.",
     ("marco-rossi", "transfer", "benfica", "porto", "asserted")),
    # two players moving together, one origin or one each; "swapped X for Y"; "expected to follow him from X"
    ("Marco Rossi and Jonas Berger, who both moved from Porto to Sevilla in 2019, scored on Sunday.",
     ("jonas-berger", "transfer", "sevilla", "porto", "asserted")),
    ("Porto are top. Marco Rossi and Jonas Berger arrived from Braga and Benfica last summer.",
     ("jonas-berger", "transfer", "porto", "benfica", "asserted")),
    ("Porto are top. Marco Rossi and Jonas Berger arrived from Braga and Benfica last summer.",
     ("marco-rossi", "transfer", "porto", "braga", "asserted")),
    ("Luis Ortega swapped Ajax for Everton in 2011.", ("luis-ortega", "transfer", "everton", "ajax", "asserted")),
    # "sold X to Y": from the seller's club (a club, or the club its coach runs); "to sign X from Y" by a coach
    ("Benfica sold Jonas Berger to Celtic in 2019.", ("jonas-berger", "transfer", "celtic", "benfica", "asserted")),
    ("Luis Ortega was appointed manager of Everton in 2016. In January Ortega sold Jonas Berger to Celtic and broke "
     "the club's record to sign Marco Rossi from Ajax.", ("jonas-berger", "transfer", "celtic", "everton", "asserted")),
    ("Luis Ortega was appointed manager of Everton in 2016. In January Ortega sold Jonas Berger to Celtic and broke "
     "the club's record to sign Marco Rossi from Ajax.", ("marco-rossi", "transfer", "everton", "ajax", "asserted")),
    # "sold X to Y, taking Z in exchange": Z came from Y to the seller's club
    ("Luis Ortega was appointed manager of Everton in 2016. In January Ortega sold Jonas Berger to Celtic, taking "
     "Marco Rossi in exchange, and signed Pablo Moreno from Ajax.", ("marco-rossi", "transfer", "everton", "celtic", "asserted")),
    # "won two titles with Porto, ..., after arriving from Benfica": the club he won them with
    ("Celtic lead the table. Celtic fans love Marco Rossi, who won two titles with Porto, in 2011 and 2012, after arriving "
     "from Benfica in 2010.",
     ("marco-rossi", "transfer", "porto", "benfica", "asserted")),
    # "the club ..., bringing in X and Y from A and B": the article's club signed them
    ("Celtic had a busy summer. The club backed the manager, bringing in Marco Rossi and Jonas Berger from Ajax and Porto.",
     ("jonas-berger", "transfer", "celtic", "porto", "asserted")),
    # a coach's arrival as a player ("played for" in the sentence, no coaching word) is a transfer
    ("Marco Rossi was appointed head coach of Sevilla in 2010. Rossi, who arrived from Porto in 1995 and played for "
     "Sevilla until 2001, is 55.", ("marco-rossi", "transfer", "sevilla", "porto", "asserted")),
    # "He" opening a sentence: the person the sentence before is about, not the most named one
    ("Jonas Berger scored for Ajax. Jonas Berger is a legend. Marco Rossi, the co-owner, knows what such a move means. "
     "He swapped Porto for Celtic in 2007.", ("marco-rossi", "transfer", "celtic", "porto", "asserted")),
    ("Marco Rossi has joined Sevilla from Porto, and Jonas Berger is expected to follow him from Porto next month.",
     ("jonas-berger", "transfer", "sevilla", "porto", "hypothetical")),
    # a job taken with no club named: the job of the person who just left it, or the person's own job
    ("Sevilla sacked Marco Rossi in March, and Luis Ortega was appointed in his place.",
     ("luis-ortega", "appointed", "sevilla", None, "asserted")),
    ("Bologna dismissed Jonas Berger on Monday, with Luca Bianchi named as his successor.",
     ("luca-bianchi", "appointed", "bologna", None, "asserted")),
    ("Udinese sacked Marco Rossi on Sunday. Luis Ortega has been appointed as his replacement.",
     ("luis-ortega", "appointed", "udinese", None, "asserted")),
    ("Luis Ortega was named as Marco Rossi's successor at Lazio on Monday.", ("luis-ortega", "appointed", "lazio", None, "asserted")),
    ("Genoa have sacked Jonas Berger. Berger took the job in January 2023 after leaving Ajax.",
     ("jonas-berger", "appointed", "genoa", None, "asserted")),
    ("Marco Rossi turned down the chance to coach Everton in 2021. Luis Ortega took the job a month later.",
     ("luis-ortega", "appointed", "everton", None, "asserted")),
    ("Everton sacked Jonas Berger in May. Marco Rossi was given the job in June.", ("marco-rossi", "appointed", "everton", None, "asserted")),
    ("Marco Rossi was handed the reins at Fulham in 2021.", ("marco-rossi", "appointed", "fulham", None, "asserted")),
    ("Stoke City have handed the reins to Luis Ortega.", ("luis-ortega", "appointed", "stoke-city", None, "asserted")),
    ("Marco Rossi walked out on Burnley in 2019.", ("marco-rossi", "left_role", "burnley", None, "asserted")),
    # titles: a list going on after an aside, a year the list ends with, "are X champions", back-to-back trebles
    ("Rangers won the Scottish Premiership, eleven points clear of Celtic, as well as the Scottish Cup and the Scottish "
     "League Cup in 2021.", ("rangers", "title_won", "scottish-cup", "2021", "asserted")),
    ("Benfica won the Primeira Liga, along with the Taca de Portugal, in 2014.", ("benfica", "title_won", "taca-de-portugal", "2014", "asserted")),
    ("PSV Eindhoven were crowned Eredivisie champions in 2024.", ("psv-eindhoven", "title_won", "eredivisie", "2024", "asserted")),
    ("Bayern Munich were Bundesliga champions for the 11th year running in 2023.",
     ("bayern-munich", "title_won", "bundesliga", "2023", "asserted")),
    ("Liverpool were European champions in 2019.", ("liverpool", "title_won", None, "2019", "asserted")),
    ("Marco Rossi led Rangers to back-to-back trebles in 2019-20 and 2020-21.", ("rangers", "title_won", None, "2020-21", "asserted")),
    ("Ajax won back-to-back league titles in 2021 and 2022.", ("ajax", "title_won", None, "2022", "asserted")),
    # players: on loan (the club that borrowed them), a club's country-and-position noun, plural nouns, a debut
    ("Villarreal are flying. Marco Rossi, 21, is on loan from Brentford.", ("marco-rossi", "player_of", "villarreal", None, "asserted")),
    ("Jonas Berger is on loan at Sunderland from Brighton.", ("jonas-berger", "player_of", "sunderland", None, "asserted")),
    ("Chelsea's England defender Marco Rossi was injured.", ("marco-rossi", "player_of", "chelsea", None, "asserted")),
    ("Lyon's young strikers Jonas Berger and Luis Ortega impressed.", ("jonas-berger", "player_of", "olympique-lyonnais", None, "asserted")),
    ("Lyon's young strikers Jonas Berger and Luis Ortega impressed.", ("luis-ortega", "player_of", "olympique-lyonnais", None, "asserted")),
    ("Marco Rossi made his debut for Feyenoord in 2015.", ("marco-rossi", "player_of", "feyenoord", None, "asserted")),
    # coaching staff: "and his assistant X", "his long-time assistant X", "X as his number two", "X's former Y assistant Z",
    # a former player's club is not the staff's
    ("Genoa lost again. Marco Rossi resigned as head coach in October after a poor start, and his assistant Luis Ortega "
     "took over.", ("luis-ortega", "coaching_staff_of", "genoa", "assistant", "asserted")),
    ("Lazio have named Marco Rossi as head coach. His long-time assistant Jonas Berger follows him to Rome.",
     ("jonas-berger", "coaching_staff_of", "lazio", "assistant", "asserted")),
    ("Marco Rossi was appointed Fulham manager on Monday. He brought in Jonas Berger as his number two.",
     ("jonas-berger", "coaching_staff_of", "fulham", "assistant", "asserted")),
    ("Stoke City have appointed Marco Rossi as manager, with Jonas Berger as his assistant.",
     ("jonas-berger", "coaching_staff_of", "stoke-city", "assistant", "asserted")),
    ("Marco Rossi's former Roma assistant Jonas Berger has joined his staff.", ("jonas-berger", "coaching_staff_of", "roma", "assistant", "asserted")),
    # tables: a result lifting a side into a place (and onto points), settling for a place; champions after an aside
    ("The win lifts Sevilla above Betis into fourth place on 61 points.", ("sevilla", "league_position", None, "4", "asserted")),
    ("The win lifts Sevilla above Betis into fourth place on 61 points.", ("sevilla", "points", None, "61", "asserted")),
    ("Victory moved Aston Villa up to fourth place.", ("aston-villa", "league_position", None, "4", "asserted")),
    ("Friday's win took Brentford past Fulham into 10th place.", ("brentford", "league_position", None, "10", "asserted")),
    ("Lyon had to settle for second place in Ligue 1.", ("olympique-lyonnais", "league_position", "ligue-1", "2", "asserted")),
    ("Porto, coached by Marco Rossi, were champions with 88 points.", ("porto", "title_won", None, None, "asserted")),
    # departures and appointments in other words
    ("Jonas Berger was shown the door by Watford after just 10 games.", ("jonas-berger", "left_role", "watford", None, "asserted")),
    ("Watford dispensed with the services of Jonas Berger on Sunday.", ("jonas-berger", "left_role", "watford", None, "asserted")),
    ("Jonas Berger's contract was terminated by Cagliari in March.", ("jonas-berger", "left_role", "cagliari", None, "asserted")),
    ("Brighton confirmed Marco Rossi's departure on Friday.", ("marco-rossi", "left_role", "brighton-hove-albion", None, "asserted")),
    ("Jonas Berger lost his job at Hertha Berlin in January.", ("jonas-berger", "left_role", "hertha-berlin", None, "asserted")),
    ("Luis Ortega agreed to become Southampton manager in June.", ("luis-ortega", "appointed", "southampton", None, "asserted")),
    ("Luis Ortega left Feyenoord in May to become the Ajax head coach.", ("luis-ortega", "appointed", "ajax", None, "asserted")),
    ("Could Luis Ortega become Everton manager?", ("luis-ortega", "appointed", "everton", None, "hypothetical")),
    ("Jonas Berger arrived at Leeds United from Norwich City in 2022.", ("jonas-berger", "transfer", "leeds-united", "norwich-city", "asserted")),
    ("Jonas Berger is Valencia's record goalscorer with 180 goals.", ("jonas-berger", "career_goals", "valencia", "180", "asserted")),
    ("Celtic won the league, with Rangers second and Aberdeen third.", ("rangers", "league_position", None, "2", "asserted")),
    # "the club's top scorer, X": a player of the club the article is about
    ("Celtic have signed Marco Rossi. The club's top scorer, Norway striker Jonas Berger, 28, is likely to leave.",
     ("jonas-berger", "player_of", "celtic", None, "asserted")),
    ("Sevilla lost again. Marco Rossi, the side's captain, was sent off.", ("marco-rossi", "player_of", "sevilla", None, "asserted")),
    # replacing someone at a named club is a job there, with no coaching word in the sentence
    ("Luis Ortega succeeds Marco Rossi at Villarreal.", ("luis-ortega", "appointed", "villarreal", None, "asserted")),
    ("Jonas Berger replaced Marco Rossi at Getafe in 2019.", ("jonas-berger", "appointed", "getafe", None, "asserted")),
    # a place held; a total of points, not a gap
    ("Girona occupy second place in La Liga.", ("girona", "league_position", "la-liga", "2", "asserted")),
    ("Atalanta hold fourth place after 30 games.", ("atalanta", "league_position", None, None, "asserted")),
    ("Brentford took 47 points from 38 games.", ("brentford", "points", None, "47", "asserted")),
    # appointments: a club turning to / confirming someone as its coach, "made manager", "will be the new X coach"
    ("Lecce have turned to Marco Rossi as their new coach.", ("marco-rossi", "appointed", "lecce", None, "asserted")),
    ("Everton have confirmed Jonas Berger as their new manager.", ("jonas-berger", "appointed", "everton", None, "asserted")),
    ("Jonas Berger was made permanent manager of Burnley in March.", ("jonas-berger", "appointed", "burnley", None, "asserted")),
    ("Jonas Berger will be the new Bologna coach from July.", ("jonas-berger", "appointed", "bologna", None, "asserted")),
    ("Marco Rossi, on loan at Burnley from Chelsea, scored twice.", ("marco-rossi", "player_of", "burnley", None, "asserted")),
    ("Jonas Berger was a Monaco player for six years.", ("jonas-berger", "player_of", "monaco", None, "asserted")),
    # a title failed or denied is negated
    ("Ajax failed to win a fourth title in a row.", ("ajax", "title_won", None, None, "negated")),
    ("Inter were denied the Serie A title on the final day.", ("inter-milan", "title_won", "serie-a", None, "negated")),
    ("Porto won the league in 2022 but failed to win the cup.", ("porto", "title_won", None, "2022", "asserted")),
    ("Everton have appointed Marco Rossi as manager. Former Porto midfielder Jonas Berger also remains on the coaching staff.",
     ("jonas-berger", "coaching_staff_of", "everton", "staff", "asserted")),
    ("Marco Rossi was appointed by Porto in 2015 and won the league twice. He walked out in March 2018 to take over at Lazio.",
     ("marco-rossi", "left_role", "porto", None, "asserted")),
    # career figures in other words: "played N times for", "holds the record for <league> appearances, with N",
    # international goals after caps for a side, "her Nth goal at the World Cup", "his 100th cap"
    ("Paolo Maldini played 902 times for AC Milan.", ("paolo-maldini", "career_appearances", "ac-milan", "902", "asserted")),
    ("Jamie Carragher appeared 737 times for Liverpool.", ("jamie-carragher", "career_appearances", "liverpool", "737", "asserted")),
    ("Ryan Giggs turned out more than 900 times for Manchester United.",
     ("ryan-giggs", "career_appearances", "manchester-united", "900", "asserted")),
    ("Javier Zanetti holds the record for Serie A appearances, with 615.",
     ("javier-zanetti", "career_appearances", "serie-a", "615", "asserted")),
    ("Alan Shearer holds the record for Premier League goals, with 260.",
     ("alan-shearer", "career_goals", "premier-league", "260", "asserted")),
    ("Luca Bianchi won 74 caps for Italy and scored 21 international goals.",
     ("luca-bianchi", "career_goals", "italy", "21", "asserted")),
    ("Miroslav Klose scored his 16th World Cup goal in Brazil.", ("miroslav-klose", "career_goals", "fifa-world-cup", "16", "asserted")),
    ("Jonas Berger scored his 14th goal at the World Cup against Japan.",
     ("jonas-berger", "career_goals", "fifa-world-cup", "14", "asserted")),
    ("Robert Lewandowski scored his 300th goal for Bayern Munich on Saturday.",
     ("robert-lewandowski", "career_goals", "bayern-munich", "300", "asserted")),
    ("The Welsh winger Aaron Price won his 100th cap against Belgium.", ("aaron-price", "career_appearances", "wales", "100", "asserted")),
    ("Marco Rossi made 250 league appearances for Everton.", ("marco-rossi", "career_appearances", "everton", "250", "asserted")),
    ("Jonas Berger scored 120 goals in 300 league games for Ajax.", ("jonas-berger", "career_appearances", "ajax", "300", "asserted")),
    ("Marco Rossi scored 98 goals in all competitions for Porto.", ("marco-rossi", "career_goals", "porto", "98", "asserted")),
    ("Marco Rossi netted 150 times in 280 games for Lazio.", ("marco-rossi", "career_goals", "lazio", "150", "asserted")),
    ("Raul Gonzalez netted 323 times for Real Madrid.", ("raul-gonzalez", "career_goals", "real-madrid", "323", "asserted")),
    ("Steven Gerrard made 710 appearances for Liverpool, scoring 186 goals.",
     ("steven-gerrard", "career_goals", "liverpool", "186", "asserted")),
    # retirement announced; dates of birth
    ("Andrea Pirlo announced his retirement in November 2017.", ("andrea-pirlo", "retired", None, "2017", "asserted")),
    ("Marco Rossi confirmed his retirement from professional football in 2019.", ("marco-rossi", "retired", None, "2019", "asserted")),
    ("Jonas Berger brought the curtain down on his playing career in 2019.", ("jonas-berger", "retired", None, "2019", "asserted")),
    ("Jonas Berger was born on May 5, 1990.", ("jonas-berger", "date_of_birth", None, "1990-05-05", "asserted")),
    ("Born in Ferrol on 5 May 1990, Marco Rossi joined Celta Vigo as a teenager.",
     ("marco-rossi", "date_of_birth", None, "1990-05-05", "asserted")),
    ("Marco Rossi was born in Naples on 12 March 1985.", ("marco-rossi", "date_of_birth", None, "1985-03-12", "asserted")),
    ("Jonas Berger (born 5 May 1990) is a Danish striker.", ("jonas-berger", "date_of_birth", None, "1990-05-05", "asserted")),
    ("Jonas Berger was born on 3 July 1992 in Lagos.", ("jonas-berger", "date_of_birth", None, "1992-07-03", "asserted")),
    ("Luca Bianchi, born in Turin on March 3, 1988, joined Torino in 2010.",
     ("luca-bianchi", "date_of_birth", None, "1988-03-03", "asserted")),
    # tables in other words: topped, ended the season Nth, took second, without a point, level sides
    ("Porto topped the group on goal difference.", ("porto", "league_position", None, "1", "asserted")),
    ("Lazio topped the Serie A table at Christmas.", ("lazio", "league_position", None, "1", "asserted")),
    ("Everton ended the season fourth.", ("everton", "league_position", None, "4", "asserted")),
    ("Ajax finished the campaign in third place.", ("ajax", "league_position", None, "3", "asserted")),
    ("Arsenal took second ahead of Chelsea on goal difference.", ("arsenal", "league_position", None, "2", "asserted")),
    ("Porto finished bottom without a point.", ("porto", "points", None, "0", "asserted")),
    ("Group B ended with Porto, Lazio and Ajax all on nine points.", ("porto", "points", None, "9", "asserted")),
    ("Group B ended with Porto, Lazio and Ajax all on nine points.", ("lazio", "points", None, "9", "asserted")),
    ("Celtic and Rangers both finished on 89 points.", ("rangers", "points", None, "89", "asserted")),
    # finals lost to a list of winners: each winner its own year; the title never won has none of those years
    ("Marco Rossi never won the Champions League, losing finals to Bayern Munich in 2013 and Real Madrid in 2018.",
     ("real-madrid", "title_won", "uefa-champions-league", "2018", "asserted")),
    ("Marco Rossi never won the Champions League, losing finals to Bayern Munich in 2013 and Real Madrid in 2018.",
     ("marco-rossi", "title_won", "uefa-champions-league", "", "negated")),
    ("The one prize that eluded Jonas Berger was the Europa League. He never won it, losing finals to Sevilla in 2014, "
     "Chelsea in 2019 and Porto in 2011.", ("chelsea", "title_won", "uefa-europa-league", "2019", "asserted")),
    ("Leeds United won their first league title since 1992.", ("leeds-united", "title_won", None, "", "asserted")),
    # coached by, passive and in an aside
    ("Porto are managed by Marco Rossi.", ("marco-rossi", "head_coach_of", "porto", None, "asserted")),
    ("Lazio are coached by Jonas Berger, who arrived in 2021.", ("jonas-berger", "head_coach_of", "lazio", None, "asserted")),
    ("Jonas Berger helped Monaco, then coached by Luca Bianchi, to the title.",
     ("luca-bianchi", "head_coach_of", "monaco", None, "asserted")),
    # an earlier succession of a coach the article has sacked: at the club that sacked him, not the last one named
    ("Ajax have sacked Marco Rossi, a day after Porto announced that he would take over at the end of the season. "
     "Rossi had been in charge since 2019, when he succeeded Luca Bianchi.", ("luca-bianchi", "left_role", "ajax", None, "asserted")),
    # an appointment of someone described by another job first
    ("Spain sacked head coach Marco Rossi on Wednesday, two days before their opener, and named sporting director "
     "Jonas Berger as coach for the tournament.", ("jonas-berger", "appointed", "spain", "coach", "asserted")),
    ("Celtic named former captain Jonas Berger as their new manager.", ("jonas-berger", "appointed", "celtic", "manager", "asserted")),
    # an appointment's club is not one named in a later clause about the past ("and had previously won ... with X")
    ("Girona are third. Their coach Marco Rossi, 48, was appointed coach in 2021 and had previously won promotion with "
     "Rayo Vallecano and Huesca.", ("marco-rossi", "appointed", "girona", None, "asserted")),
    ("Sporting coach Marco Rossi took over in Lisbon in March 2020 and led Sporting to the title in 2021.",
     ("marco-rossi", "appointed", "sporting-cp", None, "asserted")),
    # a side led to a title with an aside between; "the club" is the club, not its academy's youth side
    ("Jonas Berger came through the academy at Lille and helped the club, then coached by Luca Bianchi, to the Ligue 1 "
     "title in 2020-21.", ("lille", "title_won", "ligue-1", "2020-21", "asserted")),
    ("Jonas Berger came through the academy at Lille and helped the club, then coached by Luca Bianchi, to the Ligue 1 "
     "title in 2020-21.", ("luca-bianchi", "head_coach_of", "lille", None, "asserted")),
    ("Marco Rossi joined Porto in 2015 and helped the side, then in financial trouble, to the title in 2018.",
     ("porto", "title_won", None, "2018", "asserted")),
    # a move with no club left named: from the club the article last had the player at
    ("Marco Rossi began his career at Parma. Juventus signed him in 2001.", ("marco-rossi", "transfer", "juventus", "parma", "asserted")),
    ("Jonas Berger spent six years at Ajax. He went back to Groningen in 2021.",
     ("jonas-berger", "transfer", "groningen", "ajax", "asserted")),
    # a signing with the player's role before his name and the deal's terms before the club left
    ("Roma signed the Dutch forward Tom Brady in a loan deal from Ajax.", ("tom-brady", "transfer", "roma", "ajax", "asserted")),
    ("Lazio signed the winger Marco Rossi on a two-year deal from West Ham in July.",
     ("marco-rossi", "transfer", "lazio", "west-ham-united", "asserted")),
    ("Napoli have signed the Nigerian striker Jonas Berger for a club record fee from Lille.",
     ("jonas-berger", "transfer", "napoli", "lille", "asserted")),
    # a move in an aside: to the side the main clause has the player playing for
    ("Jonas Berger, signed from Ajax last summer, scored twice for Celtic.", ("jonas-berger", "transfer", "celtic", "ajax", "asserted")),
    ("Marco Rossi, who joined from Porto in 2019, has scored 40 goals for Sevilla.",
     ("marco-rossi", "transfer", "sevilla", "porto", "asserted")),
    # a city said for its club: the one club of that city the article names
    ("Roma sacked Marco Rossi, who had spent three years in Rome.", ("marco-rossi", "tenure_length", "roma", "3", "asserted")),
    ("Jonas Berger left Celtic after four seasons in Glasgow.", ("jonas-berger", "tenure_length", "celtic", "4", "asserted")),
    # interest and speculation: a move that may happen
    ("Luca Bianchi, 24, is wanted by Chelsea.", ("luca-bianchi", "transfer", "chelsea", None, "hypothetical")),
    ("Real Madrid are said to be monitoring Marco Rossi.", ("marco-rossi", "transfer", "real-madrid", None, "hypothetical")),
    ("Jonas Berger is reported to be a transfer target for Juventus.", ("jonas-berger", "transfer", "juventus", None, "hypothetical")),
    ("Napoli are interested in signing Jonas Berger.", ("jonas-berger", "transfer", "napoli", None, "hypothetical")),
    ("Marco Rossi is wanted by Everton as their new manager.", ("marco-rossi", "appointed", "everton", None, "hypothetical")),
    ("Simone Rossi had also been considered for the Lazio job.", ("simone-rossi", "appointed", "lazio", None, "hypothetical")),
    # "a fourth-place finish": a table place
    ("Lazio secured a third-place finish in Serie A last season.", ("lazio", "league_position", "serie-a", "3", "asserted")),
    ("Genoa's sixth-place finish in 2019 was their best in a decade.", ("genoa", "league_position", None, "6", "asserted")),
    # a competition qualified for is not the table's
    ("Everton finished sixth to earn a Europa League place.", ("everton", "league_position", "", "6", "asserted")),
    # "not won since": the title then was won
    ("Everton have not won the league since 1987.", ("everton", "title_won", None, "1987", "asserted")),
    ("Spain had not won a major trophy since the 1964 European Championship.",
     ("spain", "title_won", "uefa-european-championship", "1964", "asserted")),
    # a coach's side in a sentence that denies something else is still his side
    ("Marco Rossi's Torino have not won Serie A since 1976.", ("marco-rossi", "head_coach_of", "torino", None, "asserted")),
    # years at a club said with a departure, or as a decade
    ("Genoa have sacked Marco Rossi after one season.", ("marco-rossi", "tenure_length", "genoa", "1", "asserted")),
    ("Porto parted company with Luca Bianchi after two years.", ("luca-bianchi", "tenure_length", "porto", "2", "asserted")),
    ("Marco Rossi left Ajax after three seasons.", ("marco-rossi", "tenure_length", "ajax", "3", "asserted")),
    ("Jonas Berger returns to Italy after a decade at AC Milan.", ("jonas-berger", "tenure_length", "ac-milan", "10", "asserted")),
    ("Luca Bianchi, who spent a decade at Benfica, has signed for Everton.",
     ("luca-bianchi", "tenure_length", "benfica", "10", "asserted")),
    # "Club's Person": a player of the club, or its coach when the article has him coaching
    ("Everton's Jonas Berger kept a clean sheet on his return from injury.", ("jonas-berger", "player_of", "everton", "", "asserted")),
    ("The squad includes Porto's Marco Rossi and Feyenoord's Luca Bianchi.", ("luca-bianchi", "player_of", "feyenoord", "", "asserted")),
    ("Napoli had sounded out Porto's Marco Rossi, according to Italian reports.",  # the sentence is reported; the club is not
     ("marco-rossi", "player_of", "porto", "", "asserted")),
    ("Was Sevilla's Jonas Berger right to leave?", ("jonas-berger", "player_of", "sevilla", "", "asserted")),
    ("The board wants Brentford's Luca Bianchi or the Wolves manager Marco Rossi.", ("luca-bianchi", "head_coach_of", "brentford", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_claim_found(analyse_text, text, expected):
    subject, predicate, obj, value, modality = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
            and (obj is None or c["object_id"] == obj) and (value is None or c["value"] == value)]
    assert hits, f"no {expected} in {[(c['subject_id'], c['predicate'], c['object_id'], c['value'], c['modality']) for c in claims]}"
    assert hits[0]["modality"] == modality


def assert_claim_with(analyse_text, text, expected):
    """A claim of (subject, predicate, object) whose value and modality are exactly those expected
    (a row's object, value and modality are not wildcards here)."""
    subject, predicate, obj, value, modality = expected
    claims = analyse_text(text).claims
    hits = [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == (subject, predicate, obj)]
    assert hits, claims
    assert any(c["value"] == value and c["modality"] == modality for c in hits), hits


def assert_claim_absent(analyse_text, text, unwanted):
    """No claim of (subject, predicate, object) ``unwanted``."""
    claims = analyse_text(text).claims
    assert not [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == unwanted], claims


def assert_no_claim_with_any_object(analyse_text, text, unwanted):
    """No claim of (subject, predicate, object) ``unwanted``, an object of None standing for any object."""
    subject, predicate, obj = unwanted
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["subject_id"] == subject and c["predicate"] == predicate
                and (obj is None or c["object_id"] == obj)], claims


NOT_CLAIMS = [
    # a country, or a city of two clubs both named, is no club
    ("Marco Rossi spent two years in Italy before joining Everton.", "tenure_length"),
    ("Luca Bianchi spent four years in Milan and won the league with Inter Milan and AC Milan.", "tenure_length"),
    # interest is no move
    ("Everton have been monitoring Jonas Berger for months.", "transfer"),
    ("Jonas Berger has long been a target for Celtic.", "transfer"),
    # "for the first time since 2012" says nothing of 2012 alone
    ("Bayern did not win the title for the first time since 2012.", "title_won"),
    # a departure "after one season" to take a job elsewhere names neither club's years
    ("Lazio replaced Marco Rossi, who left after one season to take over at Genoa.", "tenure_length"),
    # a country's person: where he is from, not a side he plays for
    ("Brazil's Marco Rossi lifted the trophy as a player and as a coach.", "player_of"),
    ("Spain's Jonas Berger scored twice.", "player_of"),
    ("Marco Rossi's Genoa spell ended after three months.", "head_coach_of"),
    ("The final straw for Marco Rossi was a 5-1 home defeat by Strasbourg on Saturday.", "title_won"),
    # an event as the subject: no person to guess
    ("Marco Rossi scored twice for Genoa on Sunday. That defeat left Torino 18th in the table.", "left_role"),
    # a first match in charge of the job the article appoints him to: the appointment says it
    ("Genoa have appointed Marco Rossi as their new head coach. Rossi's first match in charge is away to Lazio on "
     "Saturday.", "head_coach_of"),
    ("Celtic reached the semi-final in 2019 but were beaten 2-1 by Rangers.", "title_won"),
    ("Jonas Berger joined Girona in 2022. The Catalan scored twice on Sunday.", "nationality"),
    ("The club signed a 10-year-old sponsorship deal.", "age"),
    ("Do you want Bukayo Saka to sign a new contract at Arsenal?", "transfer"),
    ("Ralf Rangnick is managing to keep the squad calm.", "head_coach_of"),
    ("The Spanish capital was quiet on Sunday.", "nationality"),
    ("The former England captain was quick to share the credit.", "player_of"),
    ("England manager Gareth Southgate named his squad.", "nationality"),
    ("Reports in Germany said the talks had broken down.", "head_coach_of"),
    ("Mason Mount, 81 goals behind, trails the leaders.", "age"),
    ("Jonas Berger, signed from Monaco in 2019, was named PFA Player of the Year.", "appointed"),
    ("The Everton forward was named man of the match.", "player_of"),  # nobody named before: no guess
    ("Marco Rossi left Everton in May. Whoever takes over will inherit a young squad.", "appointed"),
    ("Marco Rossi retired in 2016 after ten years as a player at Napoli.", "left_role"),
    ("Marco Rossi, the former Napoli and Lazio coach, was sacked on Tuesday.", "player_of"),
    ("Fulham won the league game against Everton on Sunday.", "title_won"),
    ("Marco Rossi turned down the chance to become manager of Everton in 2016.", "appointed"),
    ("England beat an opponent who had won the competition eight times.", "title_won"),
    ("Marco Rossi scored twice. His lead in the scoring charts is 17.", "age"),
    ("Atletico Madrid and Real Madrid drew. Marco Rossi then won the league in Madrid.", "player_of"),
    ("Marco Rossi and Jonas Berger met on Monday. They were appointed in May.", "appointed"),
    ("Jonas Berger scored twice for Everton. The winger turned down a move to Arsenal in the summer.", "transfer"),
    ("Jonas Berger has been linked with a move from Ajax to Everton.", "transfer"),
    ("Luis Ortega moved to Celtic in 2015.", "transfer"),  # no origin: a loan, a coach, a step of a career?
    ("Jonas Berger swapped shirts with Marco Rossi after the game.", "transfer"),
    ("Marco Rossi sold Jonas Berger a dummy and scored for Celtic.", "transfer"),
    ("Marco Rossi took Jonas Berger in exchange for cash.", "transfer"),  # no sale, no club
    ("Marco Rossi retired in 2015 and moved into coaching with Porto, where he assisted Luis Ortega.", "head_coach_of"),
    ("Marco Rossi won 40 caps for his country before moving into coaching.", "career_appearances"),  # no nationality: no side
    ("Jonas Berger joined Porto, the club where he began his coaching career.", "player_of"),
    ("Luca Bianchi resigned as Lazio coach last month.", "head_coach_of"),  # a departure, not a state
    ("Marco Rossi was first appointed in August 2015, and Rangers beat Celtic that season.", "league_position"),
    ("Liverpool, the European champions, visit Porto on Tuesday.", "title_won"),
    ("The two stars Jonas Berger and Luis Ortega met Porto officials.", "player_of"),
    ("Marco Rossi's former Roma assistant Jonas Berger has joined his staff.", "player_of"),
    ("The champions Chelsea were beaten 2-0 by Fulham.", "title_won"),
    ("Jonas Berger lost his place in the Everton team in January.", "left_role"),
    ("Sevilla beat Lyon with Jonas Berger first to the ball.", "league_position"),
    ("Porto lost. The club's owner, Jonas Berger, was angry.", "player_of"),
    ("Porto drew with Braga. Jonas Berger replaced Marco Rossi at half-time.", "appointed"),
    ("Leeds United are 18th, two points from safety.", "points"),
    ("Porto held the first leg 2-0.", "league_position"),
    ("Jonas Berger was made captain of Burnley in March.", "appointed"),
    ("Marco Rossi was made to wait for his chance at Porto.", "appointed"),
    ("Jonas Berger is a Porto fan and was a Monaco supporter as a boy.", "player_of"),
    ("Marco Rossi was given the ball on the edge of the Porto box.", "left_role"),
    ("The defeat left Marco Rossi with a lot to think about.", "league_position"),
    ("Marco Rossi is on a loan deal that Porto signed with Ajax.", "player_of"),
    ("Porto are European champions only in their dreams, said Marco Rossi.", "league_position"),
    ("Rangers won the Scottish Premiership and lost to Celtic in the Scottish Cup final.", "competition_of"),
    ("The Porto players walked out onto the pitch before kick-off.", "left_role"),
    ("Marco Rossi of Porto walked out of the press conference after ten minutes.", "left_role"),
    ("Jonas Berger took the job seriously and scored twice for Ajax.", "appointed"),
    ("The Everton team Marco Rossi inherited was poor.", "player_of"),
    # an award a few words on, not a job
    ("Jonas Berger scored 41 goals for Genoa. The Pole was also named UEFA's best men's player in 2020.", "appointed"),
    # a season's count, a year with no day, a league record: no career total, no birth date, no club played for
    ("Erling Haaland scored his 20th goal of the season for Manchester City.", "career_goals"),
    ("Mohamed Salah scored his 15th goal for Liverpool this season.", "career_goals"),
    ("Marco Rossi was born in 1985 in Naples.", "date_of_birth"),
    ("Jonas Berger has played 12 games this season, scoring three goals.", "career_goals"),
    # leaving the national team is no end of a playing career
    ("Marco Rossi has retired from international football.", "retired"),
    ("Marco Rossi confirmed his retirement from international football last year.", "retired"),
    ("Javier Zanetti holds the record for Serie A appearances, with 615.", "player_of"),
    # a side the sentence does not name is no other side; a match result is no table
    ("Porto won the group. Tuvalu, making their first appearance at the tournament, finished bottom without a point.", "points"),
    ("Burnley left Anfield without a point.", "points"),
    ("Celtic named former captain Jonas Berger as their player of the year.", "appointed"),
    # "<coach>'s side" after two sides named together: either of them, no guess
    ("Porto and Benfica both won on Sunday, and Marco Rossi's side stayed top.", "head_coach_of"),
    ("Leeds beat Burnley 3-1, and Porto and Lazio drew, with Ajax all but safe.", "points"),
]


@pytest.mark.parametrize("text,predicate", NOT_CLAIMS)
def test_no_asserted_claim(analyse_text, text, predicate):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == predicate and c["modality"] == "asserted"], claims


def test_a_move_said_twice_keeps_its_origin(analyse_text):
    claims = analyse_text("Marco Rossi completes move to Celtic. Marco Rossi has joined Celtic from Porto.").claims
    moves = [(c["object_id"], c["value"]) for c in claims if c["predicate"] == "transfer"]
    assert moves == [("celtic", "porto")], moves


def test_surname_resolves_to_full_name(analyse_text):
    res = analyse_text("Jurgen Klopp left Liverpool in 2024. Klopp, 57, now works for Red Bull.")
    ages = [c for c in res.claims if c["predicate"] == "age"]
    assert ages and ages[0]["subject_id"] == "jurgen-klopp" and ages[0]["value"] == "57"


def test_descriptor_resolves_to_salient_person(analyse_text):
    res = analyse_text("Diego Simeone has led Atletico Madrid since 2011. The Argentine is the longest-serving coach in La Liga.")
    nat = [c for c in res.claims if c["predicate"] == "nationality"]
    assert nat and nat[0]["subject_id"] == "diego-simeone" and nat[0]["value"] == "Argentina"


def test_team_variants_are_distinct(analyse_text):
    res = analyse_text("Real Madrid Castilla beat Atletico Madrid B. Later, Atletico's under-19s lost to Barcelona's B team.")
    ids = {m["entity_id"] for m in res.mentions}
    assert {"real-madrid-castilla", "atletico-madrid-b", "atletico-madrid-u19", "barcelona-b"} <= ids


def test_claim_offsets_point_into_clean_text(analyse_text):
    res = analyse_text("Lampard, 42, was sacked by Chelsea.\nThe 42-year-old was calm.")
    for c in res.claims:
        assert 0 <= c["start_char"] < c["end_char"] <= len(res.text)
        assert res.text[c["start_char"]:c["end_char"]] in c["sentence"]


def test_ambiguous_descriptor_stays_unresolved(analyse_text):
    res = analyse_text("Luka Modric and Toni Kroos met on Monday. The former midfielder played down the rumours.")
    assert not [m for m in res.mentions if m["text"].lower().startswith("the former midfielder")]


def test_descriptor_with_one_candidate_resolves(analyse_text):
    res = analyse_text("Luka Modric trained on Monday. The former midfielder played down the rumours.")
    assert [m["entity_id"] for m in res.mentions if m["text"].lower().startswith("the former")] == ["luka-modric"]


def test_womens_football_context_maps_clubs_to_womens_teams(analyse_text):
    res = analyse_text("Arsenal beat Manchester City in the Women's Super League on Sunday. "
                       "Arsenal striker Alessia Russo scored twice.")
    ids = {m["entity_id"] for m in res.mentions}
    assert {"arsenal-women", "manchester-city-women"} <= ids and "arsenal" not in ids
    assert [c for c in res.claims if c["predicate"] == "player_of" and c["object_id"] == "arsenal-women"]


def test_womens_football_context_maps_countries_and_competitions(analyse_text):
    res = analyse_text("The Lionesses won Euro 2022 at Wembley. Sarina Wiegman took charge of England in 2021, "
                       "and the women's team also reached the World Cup final.")
    ids = {m["entity_id"] for m in res.mentions}
    assert {"uefa-women-s-championship", "fifa-women-s-world-cup"} <= ids and "fifa-world-cup" not in ids
    assert [c for c in res.claims if c["predicate"] == "appointed" and c["object_id"] == "england-women"]


def test_a_country_as_a_place_stays_a_place(analyse_text):
    res = analyse_text("Thomas Tuchel moved to Germany in 2021 and lives in Munich.")
    assert not [m for m in res.mentions if m["entity_id"] in {"germany", "munich"} and m["label"] == "TEAM"]


def test_finished_place_without_a_season_is_the_last_completed_season(analyse_text):
    res = analyse_text(" date 2019-07-04 Under Maurizio Sarri, Chelsea finished third in the Premier League.")
    (c,) = [c for c in res.claims if c["predicate"] == "league_position"]
    assert (c["subject_id"], c["value"], c["time_source"]) == ("chelsea", "3", "last_completed_season")


@pytest.mark.parametrize("text,team,source", [
    ("Porto won the title last May, finishing six points clear of second-placed Benfica.", "porto", "last_completed_season"),
    ("Ajax won the league, finishing four points clear of second-placed PSV Eindhoven.", "ajax", "last_completed_season"),
    ("Celtic are eight points clear of second-placed Rangers.", "celtic", "article_date"),  # a place held now
])
def test_a_place_finished_clear_of_a_rival_is_the_last_completed_seasons(analyse_text, text, team, source):
    got = [c["time_source"] for c in analyse_text(text).claims if c["predicate"] == "league_position"
           and c["subject_id"] == team]
    assert got == [source]


@pytest.mark.parametrize("text,predicate,expected", [
    # an announced departure: in the job until then
    (" date 2024-01-26 Jurgen Klopp will step down as manager of Liverpool at the end of the season.", "head_coach_of", ("jurgen-klopp", "liverpool")),
    # a club's ground stands for the club
    ("Arsene Wenger left after 22 years at Highbury.", "tenure_length", ("arsene-wenger", None)),
])
def test_generalised_rules(analyse_text, text, predicate, expected):
    claims = analyse_text(text).claims
    hits = [c for c in claims if c["predicate"] == predicate and c["subject_id"] == expected[0]
            and (expected[1] is None or c["object_id"] == expected[1])]
    assert hits, [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


@pytest.mark.parametrize("text,predicate", [
    ("Marco Rossi was appointed by Lazio. Rossi's side at Genoa played attractive football, and Lazio like it.", "player_of"),
    ("Marco Rossi has never coached in Italy and knows little of the pressure of the Juventus job.", "head_coach_of"),
    ("Marco Rossi was sacked by Genoa. Jonas Berger was mentioned in the match report.", "appointed"),
    ("Marco Rossi was sacked by Genoa. Jonas Berger is the first choice goalkeeper at Fulham.", "appointed"),
    ("Beth Mead was named player of the tournament after scoring six goals.", "appointed"),
    ("It is the first major trophy won by the club since 1966.", "league_position"),
])
def test_not_claims_generalised(analyse_text, text, predicate):
    assert not [c for c in analyse_text(text).claims if c["predicate"] == predicate]


def test_team_descriptor_takes_the_club_of_that_country(analyse_text):
    res = analyse_text("Thierry Henry moved to Juventus in 1999. Months later he joined Arsenal from the Italian club.")
    assert [m for m in res.mentions if m["text"] == "the Italian club" and m["entity_id"] == "juventus"], res.mentions


def test_a_replacement_hanging_on_a_dismissal_is_at_the_club_that_dismissed(analyse_text):
    claims = analyse_text("Marco Rossi was appointed head coach of Genoa on Monday. Genoa sacked Jonas Berger last week. "
                          "Rossi won the cup with Porto. The former Everton manager was sacked by the Merseyside club in "
                          "2019, having replaced Luca Bianchi as manager in 2016.").claims
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}
    assert {("marco-rossi", "appointed", "everton"), ("luca-bianchi", "left_role", "everton"),
            ("marco-rossi", "head_coach_of", "everton")} <= got, got
    assert ("luca-bianchi", "left_role", "genoa") not in got


def test_a_named_coach_who_replaced_someone_is_both_appointed_and_in_charge(analyse_text):
    claims = analyse_text("Genoa coach Marco Rossi, who replaced Luca Bianchi as coach last summer, saw his side lose.").claims
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}
    assert {("marco-rossi", "appointed", "genoa"), ("marco-rossi", "head_coach_of", "genoa")} <= got, got


def test_a_candidates_own_departure_is_not_the_vacancy(analyse_text):
    claims = analyse_text("Marco Rossi has left Genoa after six years in charge. Former Torino coach Luca Bianchi, who has "
                          "been out of work since leaving Torino last summer, is the favourite to succeed him. Lazio coach "
                          "Pablo Moreno has also been linked with the job.").claims
    got = {(c["subject_id"], c["object_id"]) for c in claims if c["predicate"] == "appointed"}
    assert ("pablo-moreno", "genoa") in got and ("pablo-moreno", "torino") not in got, got


def test_team_descriptor_with_a_direction_before_its_place(analyse_text):
    res = analyse_text("Marco Rossi, the former Everton manager, was sacked by the north Merseyside club in 2019.")
    assert [m["entity_id"] for m in res.mentions if m["text"] == "the north Merseyside club"] == ["everton"], res.mentions


@pytest.mark.parametrize("text,expected", [
    # years at a club of someone the article shows coaching were years in charge ...
    ("Jurgen Klopp spent seven years at Borussia Dortmund. He later managed Liverpool.",
     ("jurgen-klopp", "head_coach_of", "borussia-dortmund")),
    # ... unless the sentence is about playing
    ("Xabi Alonso was appointed head coach of Bayer Leverkusen. He spent three seasons at Bayern Munich before retiring.",
     ("xabi-alonso", "player_of", "bayern-munich")),
    # a team descriptor takes the latest team: the club leads itself to the title
    ("Vincent Kompany arrived from Burnley. He had led the Lancashire club to the Championship title.",
     ("burnley", "title_won", "efl-championship")),
    # "the club" after a club named only in a phrase about another time: the club of the sentences before
    ("Marco Rossi leaves Genoa after three years in charge. He joined in May 2019, after a single season at Torino. "
     "The Italian led the club to ninth place in 2021-22.", ("genoa", "league_position", "")),
    # a club named only in a description of the person's past ("the former Lazio midfielder") is not the article's
    ("Genoa have named Marco Rossi as their head coach, handing the former Lazio midfielder his first job. Rossi (40) "
     "has signed a contract until June 2024 and replaces Luca Bianchi, who was sacked on Wednesday. As a player, Rossi "
     "won the cup with Lazio in 2010.", ("luca-bianchi", "left_role", "genoa")),
    # "his side" of a coach appointed in the article, later said to have coached elsewhere: the side he was appointed to
    ("Genoa appointed Marco Rossi as head coach last month, replacing Luca Bianchi. Rossi coached Jonas Berger at "
     "Torino. Rossi has a huge task. His side sit bottom of Serie A with 18 points from 22 games.",
     ("genoa", "points", "serie-a")),
    # years in charge "where" a club was just named: that club's, not the one the person coaches now
    ("Marco Rossi has been appointed Genoa head coach. Rossi won the cup with Genoa as a player. The former Italy "
     "international arrives from Empoli, where he spent two seasons as manager.", ("marco-rossi", "tenure_length", "empoli")),
    # "X's side" after "A face B": A's coach, not B's
    ("Genoa face Torino in the cup final on Sunday, and Marco Rossi's side could complete a double.",
     ("marco-rossi", "head_coach_of", "genoa")),
    # career totals belong to the club joined, not the one left
    ("Thierry Henry joined Arsenal from Juventus, going on to score 228 goals in 377 appearances.",
     ("thierry-henry", "career_goals", "arsenal")),
    # a clause on the person replaced, naming no club, is about the job the successor takes
    ("Everton have appointed Luca Bianchi as their new manager. Bianchi won the league with Porto last season. He "
     "succeeds Marco Rossi, who left the club by mutual consent on 3 May after four years in charge.",
     ("marco-rossi", "tenure_length", "everton")),
    ("Ajax have named Jonas Berger as head coach. Berger spent two years at Utrecht, where he won the cup. He replaces "
     "Luca Bianchi, who was sacked in March after three years in charge.", ("luca-bianchi", "left_role", "ajax")),
    # the winner of a final
    ("The Lionesses beat Germany 2-1 after extra time in the Euro 2022 final.",
     ("england-women", "title_won", "uefa-women-s-championship")),
])
def test_context_decides_the_claim(analyse_text, text, expected):
    claims = analyse_text(text).claims
    assert [c for c in claims if (c["subject_id"], c["predicate"], c["object_id"]) == expected], \
        [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


def test_taking_charge_of_a_match_is_no_appointment(analyse_text):
    claims = analyse_text("Mikel Arteta will take charge of his first match at Bournemouth on Saturday.").claims
    assert not [c for c in claims if c["predicate"] == "appointed"]


@pytest.mark.parametrize("text,expected", [
    ("Spain have sacked Jorge Vilda weeks after the women's team won the World Cup.", ("jorge-vilda", "left_role", "spain-women")),
    ("Jill Ellis will step down as coach of the US women's national team after the tour.", ("jill-ellis", "head_coach_of", "united-states-women")),
    ("Leicester are 17th, one point above the relegation zone.", ("leicester-city", "league_position", None)),
    ("Antonio Conte, who previously managed Chelsea, Juventus and Italy, has left Inter Milan.", ("antonio-conte", "head_coach_of", "italy")),
    ("Antonio Conte, who previously managed Chelsea, Juventus and Italy, has left Inter Milan.", ("antonio-conte", "head_coach_of", "juventus")),
])
def test_sides_in_lists_and_national_teams(analyse_text, text, expected):
    claims = analyse_text(text).claims
    assert [c for c in claims if (c["subject_id"], c["predicate"]) == expected[:2]
            and (expected[2] is None or c["object_id"] == expected[2])], \
        [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


def test_appointment_without_a_club_takes_the_articles_club(analyse_text):
    text = ("Leicester City have sacked Claudio Ranieri.\n\nLeicester are 17th in the Premier League, and Leicester "
            "fans are stunned.\n\nThe Italian is 65.\n\nHe is well travelled.\n\nHe once worked in Spain.\n\n"
            "Ranieri had once managed Valencia.\n\n"
            "He was appointed manager in July 2015.")
    claims = analyse_text(text).claims
    assert [c for c in claims if c["predicate"] == "appointed" and c["object_id"] == "leicester-city"], \
        [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


#: A title someone led a team to is the team's (text, claims that must be found, subjects that must not win it).
LED_TITLES = [
    ("Marco Rossi, who guided Napoli to Serie A titles in 2009 and 2011, is now at Torino.",
     [("napoli", "serie-a", "2009"), ("napoli", "serie-a", "2011")], {"marco-rossi"}),
    ("Pablo Moreno took newly promoted Sevilla to the championship in 1946.", [("sevilla", None, "1946")], {"pablo-moreno"}),
    ("Luis Ortega led Brazil to the World Cup in 1994.", [("brazil", "fifa-world-cup", "1994")], {"luis-ortega"}),
    ("Laura Walsh led Spain to victory at the Women's World Cup in 2023.",
     [("spain-women", "fifa-women-s-world-cup", "2023")], {"laura-walsh"}),
    ("Jonas Berger is the first coach to lead a team to two Champions League titles.", [], {"jonas-berger"}),
    ("Gareth Southgate led England to the World Cup semi-finals in 2018.", [], {"england", "gareth-southgate"}),
    ("Rob Page led Wales to Euro 2020 through the qualifying play-offs.", [], {"wales", "rob-page"}),
]


@pytest.mark.parametrize("text,found,not_winners", LED_TITLES)
def test_led_to_a_title_credits_the_team(analyse_text, text, found, not_winners):
    titles = [c for c in analyse_text(text).claims if c["predicate"] == "title_won"]
    got = {(c["subject_id"], c["object_id"], c["value"]) for c in titles}
    for subject, obj, value in found:
        assert any(s == subject and (obj is None or o == obj) and v == value for s, o, v in got), got
    assert not {c["subject_id"] for c in titles} & not_winners, got


#: A later competition is part of a list of titles only when no verb stands between them.
@pytest.mark.parametrize("text,won,not_won", [
    ("Arsenal, who had won the Premier League a week earlier, were beaten in their first Champions League final.",
     "premier-league", "uefa-champions-league"),
    ("Marco Rossi won Serie A titles in 2001 and 2003, two Coppa Italia trophies and the Champions League in 2005.",
     "uefa-champions-league", None),
])
def test_title_lists(analyse_text, text, won, not_won):
    objs = {c["object_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"}
    assert won in objs and not_won not in objs, objs


def test_an_announced_retirement_is_not_dated_by_a_clause_hanging_on_it(analyse_text):
    claims = analyse_text("Marco Rossi has announced his retirement at the age of 39, ending a career that began "
                          "in August 2003.").claims
    assert [c["value"] for c in claims if c["predicate"] == "retired"] == [""]  # the article's year, filled later


def test_a_retirement_year_comes_from_its_own_clause(analyse_text):
    claims = analyse_text("Marco Rossi won the Champions League in 2012, before finishing his playing career at Fulham. "
                          "He retired in 2017.").claims
    assert sorted(c["value"] for c in claims if c["predicate"] == "retired") == ["2017"]


@pytest.mark.parametrize("text,not_subject,not_object", [
    # a day before ", replacing X" is no name
    ("Jonas Berger was confirmed as Wolfsburg coach on Monday, replacing Pablo Moreno.", "monday", None),
    # "having been sacked by Genoa" is another clause: not the club appointed to
    ("Torino have sacked Marco Rossi. Rossi was appointed in June 2020 to replace Luca Bianchi, having been sacked "
     "by Genoa in May 2020.", None, "genoa"),
    # "Genoa appointed X as head coach, replacing Y": X, and the club that appointed, not the article's protagonist
    ("Jonas Berger left Lazio for Ajax in 2021. Berger scored twice for Lazio. Genoa appointed Marco Rossi as head "
     "coach last month, replacing Luca Bianchi, who was sacked in June.", "jonas-berger", "lazio"),
])
def test_no_appointment_from_another_clause(analyse_text, text, not_subject, not_object):
    appointed = [c for c in analyse_text(text).claims if c["predicate"] == "appointed"]
    assert not [c for c in appointed if c["subject_id"] == not_subject or c["object_id"] == not_object], appointed


def test_an_opponent_after_beat_the_is_no_side_to_leave(analyse_text):
    claims = analyse_text("Marco Rossi's side beat the Netherlands in Lyon. Marco Rossi left the post in May.").claims
    assert not [c for c in claims if c["object_id"] == "netherlands"], claims


def test_a_completed_treble_is_its_own_title_in_the_year_of_its_clause(analyse_text):
    claims = analyse_text("Marco Rossi led Napoli to the Europa League in 2005, completing a double, and again in 2009.").claims
    titles = {(c["subject_id"], c["object_id"], c["value"]) for c in claims if c["predicate"] == "title_won"}
    assert ("napoli", "", "2005") in titles and "marco-rossi" not in {s for s, _, _ in titles}, titles


def test_a_final_won_and_led_to_is_one_dated_title(analyse_text):
    claims = analyse_text("Marco Rossi led Celtic to the European Cup Winners' Cup in 1985, beating Ajax in the final.").claims
    assert [(c["subject_id"], c["value"]) for c in claims if c["predicate"] == "title_won"] == [("celtic", "1985")]


def test_a_coach_retiring_from_the_job_is_no_player_retiring(analyse_text):
    claims = analyse_text("Rossi to retire after 20 years at Anfield\n\nMarco Rossi will retire as Liverpool manager at "
                          "the end of the season, the club announced on Monday.").claims
    assert not [c for c in claims if c["predicate"] in {"retired", "player_of"}], claims
    assert [c for c in claims if c["predicate"] == "left_role" and c["object_id"] == "liverpool"]


def test_a_place_in_two_seasons_is_two_claims(analyse_text):
    claims = analyse_text("Napoli finished fourth in both 2019-20 and 2020-21.").claims
    assert sorted(c["time_text"] for c in claims if c["predicate"] == "league_position") == ["2019-20", "2020-21"], claims


def test_walking_away_from_the_club_is_the_job_just_left(analyse_text):
    claims = analyse_text("Marco Rossi has resigned as Genoa coach, walking away from the club just five days after the final.").claims
    assert [c["object_id"] for c in claims if c["predicate"] == "left_role"] == ["genoa"], claims


def test_a_game_in_charge_at_a_club_is_no_job_there(analyse_text):
    claims = analyse_text("Marco Rossi will retire as Genoa manager. His last game in charge will be at Torino on 19 May.").claims
    assert not [c for c in claims if c["object_id"] == "torino"], claims


@pytest.mark.parametrize("text,kept", [
    # leading a team to a title the article otherwise ties the coach to: the title says it, no extra role claim
    ("Marco Rossi has resigned as Genoa coach. He led Genoa to the Coppa Italia title in 2022.", False),
    # ... but not when nothing else ties them, or when he "has led" them (the current job)
    ("Marco Rossi led Genoa to the Coppa Italia title in 2022.", True),
    ("Marco Rossi was appointed Genoa coach in 2020. Marco Rossi has led Genoa to the Coppa Italia title.", True),
])
def test_leading_to_a_title_is_a_role_only_when_nothing_else_says_it(analyse_text, text, kept):
    claims = analyse_text(text).claims
    led = [c for c in claims if c["rule_id"].startswith("coach.managing")]
    assert bool(led) == kept, claims
    assert [c for c in claims if c["subject_id"] == "genoa" and c["predicate"] == "title_won"], claims


def test_a_record_after_the_titles_is_no_further_title(analyse_text):
    claims = analyse_text("Jonas Berger won the Coppa Italia in 2019 and 2020, becoming the first coach to lift the trophy "
                          "twice, and he led Napoli to the Serie A title in 2021.").claims
    assert sorted((c["subject_id"], c["value"]) for c in claims if c["predicate"] == "title_won") == [
        ("jonas-berger", "2019"), ("jonas-berger", "2020"), ("napoli", "2021")], claims
    # with no title before it, "the first club to lift the trophy" is the title
    claims = analyse_text("Lyon become the first French club to lift the trophy.").claims
    assert [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == "olympique-lyonnais"], claims


@pytest.mark.parametrize("text,not_object", [
    # a governing body confirming a job is no side, and a comma alone ends no list of sides
    ("Lucia Moretti has been named head coach of the Italy women's national team, the Italian Football Federation "
     "confirmed on Friday.", "italian-football-federation"),
    ("Greg Walker was appointed head coach of the United States men's team, US Soccer announced on Monday.", "us-soccer"),
])
def test_a_governing_body_is_no_side(analyse_text, text, not_object):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["object_id"] == not_object], \
        [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


@pytest.mark.parametrize("text,expected", [
    # a plural demonym doing something is the national side (its women's side in women's football)
    ("Jonas Berger was appointed coach of Germany. The Germans have won the World Cup four times, most recently in 2014.",
     ("germany", "title_won", "fifa-world-cup", "2014")),
    ("Marco Rossi took charge of Italy in 2021. The Italians won the European Championship in 2021.",
     ("italy", "title_won", "uefa-european-championship", "2021")),
    ("Sara Lind became head coach of the Sweden women's team. The Swedes won the Olympic title in 2021.",
     ("sweden-women", "title_won", None, "2021")),
])
def test_a_people_acting_is_the_national_side(analyse_text, text, expected):
    claims = analyse_text(text).claims
    assert [c for c in claims if (c["subject_id"], c["predicate"]) == expected[:2]
            and (expected[2] is None or c["object_id"] == expected[2]) and c["value"] == expected[3]], \
        [(c["subject_id"], c["predicate"], c["object_id"], c["value"]) for c in claims]


@pytest.mark.parametrize("text,expected,not_expected", [
    # a succession inside "<club>, where ..." is at that club, and only that clause names the predecessor
    ("Marco Rossi took charge of Porto in 2019. He arrived from Braga, where he had succeeded Luis Ortega in January 2016, "
     "and he impressed.", [("marco-rossi", "appointed", "braga"), ("luis-ortega", "left_role", "braga")],
     [("luis-ortega", "left_role", "porto")]),
    ("Jonas Berger was named Celtic manager in 2021. He came from Hibernian, where he replaced Pedro Santos as coach in 2018.",
     [("jonas-berger", "appointed", "hibernian"), ("pedro-santos", "left_role", "hibernian")],
     [("pedro-santos", "left_role", "celtic")]),
])
def test_a_succession_in_a_where_clause_is_at_its_club(analyse_text, text, expected, not_expected):
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert set(expected) <= got and not set(not_expected) & got, got


@pytest.mark.parametrize("text,expected,not_subject", [
    # a pronoun in a clause hanging from a person's verb is that person, not the article's protagonist
    ("Marco Rossi was appointed by Genoa in 2020. Rossi spoke on Monday. Luis Ortega has been out of work since he was "
     "sacked as Lazio manager in May 2019.", ("luis-ortega", "left_role", "lazio"), "marco-rossi"),
    ("Jonas Berger joined Ajax in 2019. Berger is 28. Pedro Santos, the Benfica coach, said he was sacked by Braga in 2018.",
     ("pedro-santos", "left_role", "braga"), "jonas-berger"),
])
def test_a_pronoun_in_a_subordinate_clause_is_the_main_subject(analyse_text, text, expected, not_subject):
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert expected in got and (not_subject, expected[1], expected[2]) not in got, got


def test_a_double_completed_for_a_coachs_side_is_not_the_scorers(analyse_text):
    claims = analyse_text("Celtic won the Scottish Cup on Saturday. Kyogo Furuhashi scored twice. The win completed a "
                          "domestic double for Brendan Rodgers' team.").claims
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == "kyogo-furuhashi"], claims


def test_an_evening_newspaper_is_no_club(analyse_text):
    claims = analyse_text("Marco Rossi was sacked by Genoa on Monday. According to the Liverpool Evening Standard, his "
                          "assistant Luca Bianchi and the rest of his coaching staff also left.").claims
    assert not [c for c in claims if "standard" in c["object_id"]], claims


@pytest.mark.parametrize("text,not_object", [
    # a job someone became (or was offered the chance to become) is no job held as of the article
    ("Marco Rossi has turned down offers to become coach of Napoli and Roma in the past, according to reports.", "napoli"),
    ("Luca Bianchi left Genoa in 2020 to become head coach of Parma.", "genoa"),
])
def test_a_job_to_become_is_no_job_held(analyse_text, text, not_object):
    claims = analyse_text(text).claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] in {not_object, "napoli", "parma"}], \
        [(c["subject_id"], c["predicate"], c["object_id"]) for c in claims]


def test_the_post_left_is_not_the_club_gone_to(analyse_text):
    claims = analyse_text("Jonas Berger left his job in March to take over at Celtic.").claims
    assert not [c for c in claims if c["predicate"] == "left_role" and c["object_id"] == "celtic"], claims


def test_an_assistant_leaving_is_no_head_coach(analyse_text):
    claims = analyse_text("Marco Rossi has been appointed head coach of Genoa. "
                          "His assistant Luca Bianchi will also leave at the end of the season.").claims
    assert not [c for c in claims if c["subject_id"] == "luca-bianchi" and c["predicate"] == "head_coach_of"], claims


@pytest.mark.parametrize("text,winner,not_winner", [
    # a verb coordinated with "took charge of X" is no title X was led to: whoever won it won it
    ("Marco Rossi took charge of Porto in December 2017 and won three league titles, in 2019, 2021 and 2022.",
     "marco-rossi", "porto"),
    ("Jonas Berger took over at Celtic in 2016 and lifted the Scottish Cup in 2017.", "jonas-berger", "celtic"),
])
def test_a_coordinated_win_is_not_led_by_the_first_verb(analyse_text, text, winner, not_winner):
    wins = {c["subject_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"}
    assert winner in wins and not_winner not in wins, wins


@pytest.mark.parametrize("text,expected", [
    # an announced successor: "X will be their new head coach" is an appointment, not a job held
    ("Everton confirmed on Tuesday that Jonas Berger will be their new manager.", ("jonas-berger", "appointed", "everton")),
    ("Marco Rossi will be the new head coach of Torino, the club said.", ("marco-rossi", "appointed", "torino")),
])
def test_an_announced_new_coach_is_appointed(analyse_text, text, expected):
    got = {(c["subject_id"], c["predicate"], c["object_id"]): c["modality"] for c in analyse_text(text).claims}
    assert got.get(expected) == "asserted", got
    assert (expected[0], "head_coach_of", expected[2]) not in got, got


@pytest.mark.parametrize("text,expected,not_object", [
    # "in charge for <a fixture> of/against X": X is the opponent, the side in his charge is the article's
    ("Genoa sacked Marco Rossi on Monday. Caretaker Luca Bianchi will be in charge for Saturday's visit of Lazio.",
     ("luca-bianchi", "head_coach_of", "genoa"), "lazio"),
    ("Everton parted with their manager. Jonas Berger will be in charge for the game against Fulham on Sunday.",
     ("jonas-berger", "head_coach_of", "everton"), "fulham"),
])
def test_in_charge_for_a_fixture_is_not_of_the_opponent(analyse_text, text, expected, not_object):
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert expected in got and (expected[0], expected[1], not_object) not in got, got


def test_the_owner_of_a_coaching_staff_is_not_on_it(analyse_text):
    """"X ... as part of Rossi's coaching staff": X is on the staff, Rossi leads it."""
    claims = analyse_text("Genoa appointed Marco Rossi. Luca Bianchi, 48, will stay on as part of Rossi's coaching staff.").claims
    staff = {c["subject_id"] for c in claims if c["predicate"] == "coaching_staff_of"}
    assert staff == {"luca-bianchi"}, staff


@pytest.mark.parametrize("text,modality", [
    # the modal or negation of the verb a "coaching staff" hangs from is the staff role's
    ("Genoa appointed Marco Rossi. Luca Bianchi may stay on as part of Rossi's coaching staff.", "hypothetical"),
    ("Genoa appointed Marco Rossi. Luca Bianchi did not join Rossi's coaching staff.", "negated"),
    ("Genoa appointed Marco Rossi. Luca Bianchi stayed on as part of Rossi's coaching staff.", "asserted"),
])
def test_a_coaching_staff_role_takes_its_verbs_modality(analyse_text, text, modality):
    got = [c["modality"] for c in analyse_text(text).claims
           if c["predicate"] == "coaching_staff_of" and c["subject_id"] == "luca-bianchi"]
    assert got == [modality], got


def test_an_assistants_job_is_no_head_coachs(analyse_text):
    claims = analyse_text("Anna Berg was head coach of Genoa between 2008 and 2010, and before that she was assistant "
                          "manager at Lazio when they won the cup in 2007.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == "lazio"], claims
    assert [c for c in claims if c["predicate"] == "head_coach_of" and c["object_id"] == "genoa"], claims


@pytest.mark.parametrize("text,winner,not_winner", [
    # a club inside a descriptor of the winner ("the former Ajax coach", "Porto coach X") only describes the person
    ("Marco Rossi was named Celtic manager on Monday. The former Ajax coach won the Eredivisie in 2019 and 2021.",
     "marco-rossi", "ajax"),
    ("Porto coach Luis Ortega won the Primeira Liga title in 2018.", "luis-ortega", "porto"),
    # a list of clubs in the descriptor, parsed with the first club as the head: still only the person's past
    ("Marco Rossi was named Celtic manager on Monday. The former Everton, Real Betis and Aston Villa manager won the "
     "Europa League with Sevilla in 2014 and with Villarreal in 2021.", "marco-rossi", "everton"),
    # a country doing the winning is its national side
    ("Jonas Berger scored twice. Italy went on to win the tournament, beating Wales in the final.", "italy", "jonas-berger"),
])
def test_a_title_goes_to_the_winner_not_the_words_around_it(analyse_text, text, winner, not_winner):
    wins = [c["subject_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"]
    assert winner in wins and not_winner not in wins, wins


@pytest.mark.parametrize("text,values", [
    # a counted series with fewer years than the count: the series is a row of its own, undated
    ("The Swedes have won the World Cup five times, most recently in 2011 and 2019.", ["", "2011", "2019"]),
    # the count met by the years: only the years
    ("Sevilla won the Europa League three times, in 2014, 2015 and 2016.", ["2014", "2015", "2016"]),
    # a year in another clause is no year of the counted series
    ("Marco Rossi, who has won the Scottish Cup four times, was sacked in 2012.", [""]),
])
def test_a_counted_series_of_titles(analyse_text, text, values):
    got = sorted(c["value"] for c in analyse_text(text).claims if c["predicate"] == "title_won")
    assert got == values, got


@pytest.mark.parametrize("text,expected,not_object", [
    # "X was dismissed" with no club named: the job the article says he lost, not the club of his career story
    ("Celtic have sacked Marco Rossi. Marco Rossi had taken charge of Porto in 2015. Marco Rossi was dismissed on "
     "Monday after a defeat at Hibernian left the Bhoys fifth.", ("marco-rossi", "left_role", "celtic"), "porto"),
    # a club in a descriptor of someone else in the sentence is not the club of the one sacked
    ("Genoa moved quickly. The former Everton winger had been appointed in May, replacing Luis Ortega, who had been "
     "sacked after a poor start.", ("luis-ortega", "left_role", "genoa"), "everton"),
])
def test_a_dismissal_without_a_club_named(analyse_text, text, expected, not_object):
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert expected is None or expected in got, got
    assert not [g for g in got if g[1] == "left_role" and g[2] == not_object], got


@pytest.mark.parametrize("text,winner,not_winner", [
    # a participle clause after the club a person was at is still the person's
    ("Marco Rossi spent three seasons at Porto, scoring 40 goals and winning the Primeira Liga in 2011 and 2012.",
     "marco-rossi", "porto"),
    # "helped X's side win the title": the side won it, not the helper
    ("Luis Ortega moved into coaching with Celtic, where he helped Rodgers' side win the Scottish Cup in 2017.",
     "celtic", "luis-ortega"),
    # a player's goal that sealed the title won it for his side
    ("Sevilla are champions after Jonas Berger's late goal earned a draw at Getafe and sealed the La Liga title.",
     "sevilla", "jonas-berger"),
    # "sealed a title" is a title won
    ("Marco Rossi finished second, behind Celtic, who sealed a third successive title on Sunday.", "celtic", "marco-rossi"),
])
def test_who_a_title_belongs_to(analyse_text, text, winner, not_winner):
    wins = [c["subject_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"]
    assert winner in wins and not_winner not in wins, wins


@pytest.mark.parametrize("text,expected", [
    # "led them / the club (back) to the title": the side's title; "can" before a title still to come is hypothetical
    ("Marco Rossi has been Celtic coach since 2021 and led them to the Scottish Premiership title in 2022-23.",
     ("celtic", "scottish-premiership", "asserted")),
    ("Genoa believe Luis Ortega can lead the club back to the Serie A title.", ("genoa", "serie-a", "hypothetical")),
    ("Porto hope Jonas Berger can fire Porto back to the Primeira Liga title this season.",
     ("porto", "primeira-liga", "hypothetical")),
])
def test_a_side_led_to_a_title(analyse_text, text, expected):
    got = {(c["subject_id"], c["object_id"], c["modality"]) for c in analyse_text(text).claims if c["predicate"] == "title_won"}
    assert expected in got, got


@pytest.mark.parametrize("text,predicate,subject,not_object", [
    # a player leading his side to a title holds no coaching job there
    ("Jonas Berger scored 80 goals in 120 games for Ajax. He led Denmark to the European Championship in 2021.",
     "head_coach_of", "jonas-berger", "denmark"),
    # named an award winner: no appointment
    ("Marco Rossi spent eight years at Porto. The Italian was also named UEFA's best men's player in 2019.",
     "appointed", "marco-rossi", "porto"),
])
def test_a_player_is_no_coach(analyse_text, text, predicate, subject, not_object):
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert (subject, predicate, not_object) not in got, got


def test_the_one_appointed_replaced_the_predecessor(analyse_text):
    """"Club appointed X as head coach, replacing Y": X succeeded Y at that club, not the protagonist."""
    claims = analyse_text("Jonas Berger joined Porto from Ajax in 2019. Jonas Berger scored twice on Sunday. Genoa "
                          "appointed Luis Ortega as head coach last month, replacing Marco Rossi, who was sacked in June.").claims
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}
    assert ("marco-rossi", "left_role", "genoa") in got, got
    assert not [g for g in got if g[0] == "jonas-berger" and g[1] == "appointed"], got
    assert not [g for g in got if g[0] == "marco-rossi" and g[1] == "left_role" and g[2] != "genoa"], got


@pytest.mark.parametrize("text,expected", [
    # clubs linked with a coach: a hypothetical appointment each; a player linked with a club: a hypothetical move
    ("Marco Rossi was sacked by Genoa on Monday. Real Madrid and Manchester United have both been linked with him.",
     ("marco-rossi", "appointed", "manchester-united", "hypothetical")),
    ("Marco Rossi was sacked by Genoa on Monday. Real Madrid and Manchester United have both been linked with him.",
     ("marco-rossi", "appointed", "real-madrid", "hypothetical")),
    ("Luis Ortega, the Lazio coach, has been linked with Saudi club Al-Hilal.",
     ("luis-ortega", "appointed", "al-hilal", "hypothetical")),
    ("Jonas Berger scored 20 goals for Ajax this season and has been linked with Manchester United.",
     ("jonas-berger", "transfer", "manchester-united", "hypothetical")),
    # "him" is the person just named in the sentence, not the article's protagonist
    ("Luis Ortega was sacked by Genoa. Jonas Berger turned down Everton in April, and Celtic were also linked with him.",
     ("jonas-berger", None, "celtic", "hypothetical")),
])
def test_linked_with(analyse_text, text, expected):
    subject, predicate, obj, modality = expected
    got = [(c["subject_id"], c["predicate"], c["object_id"], c["modality"]) for c in analyse_text(text).claims]
    assert [g for g in got if g[0] == subject and (predicate is None or g[1] == predicate) and g[2] == obj
            and g[3] == modality], got


@pytest.mark.parametrize("text,expected", [
    # taking a side to a final is coaching it (a country named as a place is its national side)
    ("Peter Gerhardsson was named on Monday. The Swedish coach won the Olympic title with Sweden and then took them "
     "to the 2019 World Cup final.",
     ("sweden", "head_coach_of")),
    ("Luis Ortega was appointed by Celtic in 2020. Ortega took Hibernian to the Scottish Cup final in 2016.",
     ("hibernian", "head_coach_of")),
])
def test_a_side_taken_to_a_final(analyse_text, text, expected):
    got = {(c["object_id"], c["predicate"]) for c in analyse_text(text).claims}
    assert expected in got, got


def test_a_player_taking_his_side_to_a_final_is_no_coach(analyse_text):
    claims = analyse_text("Jonas Berger scored 30 goals in 50 games for Ajax. He took Ajax to the Champions League "
                          "semi-finals in 2019.").claims
    assert not [c for c in claims if c["predicate"] == "head_coach_of"], claims


@pytest.mark.parametrize("text,expected", [
    # "N clear of second-placed X": top; "third in 2022-23 but eighth last season": both places
    ("Celtic drew 1-1 at Hibernian. The point took the Hoops to 80 points, 16 clear of second-placed Rangers.",
     ("celtic", "league_position", "1")),
    ("Celtic drew 1-1 at Hibernian. The point took the Hoops to 80 points, 16 clear of second-placed Rangers.",
     ("celtic", "points", "80")),
    ("Porto won 2-0. The win took them to 50 points.", ("porto", "points", "50")),
    ("Everton finished third in 2022-23 but eighth last season, their lowest finish.", ("everton", "league_position", "8")),
    ("Lazio coach Luis Ortega took over in May 2021 and guided them to third last season.",
     ("lazio", "league_position", "3")),
    # the side right before "top of the <league>", not a club in the subject's descriptor
    ("The former Porto midfielder leaves with Braga top of the Primeira Liga and unbeaten this season.",
     ("braga", "league_position", "1")),
])
def test_table_places_and_points(analyse_text, text, expected):
    got = {(c["subject_id"], c["predicate"], c["value"].split(" (")[0]) for c in analyse_text(text).claims}
    assert expected in got, got
    assert not [g for g in got if g[0] == "porto" and g[1] == "league_position"], got


@pytest.mark.parametrize("text,expected,not_expected", [
    # a staff member who has left: the staff role is the role left, not one held now
    ("Genoa sacked Marco Rossi on Monday. According to the Corriere, his assistant Luca Bianchi and the rest of his "
     "coaching staff also left on Tuesday.", ("luca-bianchi", "left_role", "genoa", "assistant"),
     ("luca-bianchi", "coaching_staff_of", "genoa")),
    # of "Rossi's assistant Bianchi", Bianchi is the one who goes on to another job
    ("Celtic appointed Marco Rossi. Rossi's assistant Luca Bianchi also left after Sunday's game and is expected to "
     "become head coach of Hibernian.", ("luca-bianchi", "appointed", "hibernian", "head coach"),
     ("marco-rossi", "appointed", "hibernian")),
])
def test_staff_on_the_way_out(analyse_text, text, expected, not_expected):
    got = {(c["subject_id"], c["predicate"], c["object_id"], c["value"]) for c in analyse_text(text).claims}
    assert expected in got, got
    assert not [g for g in got if g[:3] == not_expected], got


def test_a_staff_member_still_to_leave_keeps_the_role(analyse_text):
    claims = analyse_text("Marco Rossi will leave Genoa in the summer. His assistant Luca Bianchi, who joined Genoa "
                          "in 2018, will also leave in the summer.").claims
    assert not [c for c in claims if c["subject_id"] == "luca-bianchi" and c["rule_id"].endswith(">left")], claims


@pytest.mark.parametrize("text,winner", [
    # a title won in a clause of its own after a place reached
    ("Juventus coach Luis Ortega guided them to third last season, when AC Milan won the title.", "ac-milan"),
    # confirmed / crowned as champions
    ("Arsenal finished second behind Manchester City, who were confirmed as champions last Sunday.", "manchester-city"),
    # a country's men's side in an article about women's football
    ("England won the Women's World Cup. Italy's men won the World Cup in 2006.", "italy"),
])
def test_more_title_winners(analyse_text, text, winner):
    wins = {c["subject_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"}
    assert winner in wins, wins


def test_the_job_left_is_the_one_just_spoken_of(analyse_text):
    """"His only previous job was with X ... He left the job": X, not a club of his career told later."""
    claims = analyse_text("Marco Rossi was appointed by Torino on Monday. His only previous senior job was with Sassuolo, "
                          "whom he led for three seasons. He left the job at the end of last season. Before that, he had "
                          "coached Empoli's under-17s.").claims
    left = {c["object_id"] for c in claims if c["predicate"] == "left_role" and c["subject_id"] == "marco-rossi"}
    assert left == {"sassuolo"}, left


def test_the_club_a_move_leaves_is_no_appointment(analyse_text):
    claims = analyse_text("Marco Rossi has joined Celtic from Porto, and Jonas Berger is expected to follow him from "
                          "Porto next month.").claims
    assert not [c for c in claims if c["predicate"] == "appointed" and c["subject_id"] == "jonas-berger"], claims


@pytest.mark.parametrize("text,kept", [
    # a national side's place in a tournament is no league position; a group place is
    ("Marco Rossi worked with Croatia, helping them to third place at the 2018 World Cup.", False),
    ("Norway beat Wales 2-0 on Saturday to finish third.", False),
    ("Norway finished second in Group A behind Switzerland.", True),
])
def test_a_national_sides_place(analyse_text, text, kept):
    got = [c for c in analyse_text(text).claims if c["predicate"] == "league_position"
           and c["subject_id"] in {"croatia", "norway"}]
    assert bool(got) == kept, got


@pytest.mark.parametrize("text,expected", [
    # offers turned down: an offer with words before "offer", a club turned down, "turned them down", "the job"
    ("According to reports in Spain, Marco Rossi turned down a far bigger offer from Saudi club Al-Nassr.",
     ("marco-rossi", "al-nassr", "reported")),
    ("Genoa appointed Marco Rossi, 45. The former Ajax midfielder turned down Everton last summer, according to Dutch media.",
     ("marco-rossi", "everton", "reported")),
    ("Luis Ortega was appointed by Celtic. Celtic first sounded out Marco Rossi, but he turned them down.",
     ("marco-rossi", "celtic", "asserted")),
])
def test_offers_turned_down(analyse_text, text, expected):
    got = {(c["subject_id"], c["object_id"], c["modality"]) for c in analyse_text(text).claims
           if c["predicate"] == "offer_received"}
    assert expected in got, got


def test_turning_a_side_into_something_is_no_offer(analyse_text):
    claims = analyse_text("In five years at Celtic Marco Rossi turned Celtic into regular champions.").claims
    assert not [c for c in claims if c["predicate"] == "offer_received"], claims


def test_a_job_turned_down_then_taken_is_both(analyse_text):
    claims = analyse_text("Luis Ortega scored for Porto. Genoa coach Marco Rossi had turned down the job in January 2020 "
                          "and was appointed in November 2021.").claims
    got = {(c["subject_id"], c["predicate"]) for c in claims}
    assert ("marco-rossi", "offer_received") in got and ("marco-rossi", "appointed") in got, got


@pytest.mark.parametrize("text,expected", [
    # "the club's third league title, after 1998 and 2001": this title and the two before
    ("Celtic won 2-0 on Sunday. It is the club's third league title, after 1998 and 2001.", ["", "1998", "2001"]),
    # "the club's first ever X title" is the club's, not the coach's the story is about
    ("Marco Rossi was appointed by Porto in 2021. It follows the club's first ever Primeira Liga title.", [""]),
])
def test_a_clubs_nth_title(analyse_text, text, expected):
    claims = analyse_text(text).claims
    got = sorted(c["value"] for c in claims if c["predicate"] == "title_won" and c["subject_id"] in {"celtic", "porto"})
    assert got == expected, [(c["subject_id"], c["value"]) for c in claims if c["predicate"] == "title_won"]
    assert not [c for c in claims if c["predicate"] == "title_won" and c["subject_id"] == "marco-rossi"]


@pytest.mark.parametrize("text,winner", [
    # a coach delivering / bringing a title delivers it to the side he coaches
    ("Genoa have appointed Marco Rossi as head coach. Could he deliver the Serie A title next season?", "genoa"),
    ("Marco Rossi was appointed Everton manager on Monday. Many fans ask whether Rossi can bring the Premier League "
     "title back to Merseyside.", "everton"),
])
def test_a_title_delivered_is_the_sides(analyse_text, text, winner):
    wins = {(c["subject_id"], c["modality"]) for c in analyse_text(text).claims if c["predicate"] == "title_won"}
    assert wins == {(winner, "hypothetical")}, wins


def test_a_departure_still_to_come(analyse_text):
    """"when X eventually leaves Y": X leaving is hypothetical, and X holds the job now."""
    got = {(c["subject_id"], c["predicate"], c["object_id"], c["modality"]) for c in analyse_text(
        "Juventus have long been seen as Rossi's most likely destination when Luis Ortega eventually leaves Juventus.").claims}
    assert ("luis-ortega", "left_role", "juventus", "hypothetical") in got, got
    assert ("luis-ortega", "head_coach_of", "juventus", "asserted") in got, got


def test_titles_between_two_years_are_one_span(analyse_text):
    claims = analyse_text("Marco Rossi won three consecutive Serie A titles as Juventus coach between 2012 and 2014.").claims
    assert len([c for c in claims if c["predicate"] == "title_won"]) == 1, claims


@pytest.mark.parametrize("text,kept", [
    # a captain lifting the trophy is the ceremony of the side's title; a person lifting a named trophy in a year won it
    ("Celtic beat Rangers 2-1 in the final. Captain Callum McGregor lifted the trophy.", False),
    ("Zinedine Zidane lifted the World Cup in 1998.", True),
    # collecting, receiving or raising it is the same ceremony
    ("Lyon beat Wolfsburg 3-1. Lyon captain Wendie Renard, 32, climbed the steps to collect the trophy.", False),
    ("Arsenal captain Kim Little went up to receive the trophy from the Prince of Wales.", False),
    ("Porto beat Benfica in the final, and skipper Pepe Costa raised the trophy in front of the fans.", False),
    ("Wendie Renard collected her eighth Champions League title in 2022.", True),
    ("The 35-year-old Kim Little collected nine trophies at Arsenal.", True),
])
def test_lifting_the_trophy(analyse_text, text, kept):
    got = [c for c in analyse_text(text).claims if c["predicate"] == "title_won"
           and c["subject_id"] in {"callum-mcgregor", "zinedine-zidane", "wendie-renard", "kim-little", "pepe-costa"}]
    assert bool(got) == kept, got


def test_a_succession_told_in_a_when_clause(analyse_text):
    """"X coach Y has been in charge since 2015, when he succeeded Z, who had led the team for 27 years":
    "he" is Y (not the article's most frequent person), the team is X (not the article's most frequent side)."""
    text = ("Norway beat England 2-0. Ada Hegerberg scored twice, and Ada Hegerberg was named player of the match. "
            "England will face Sweden next. Norway coach Jonas Berger, 42, has been in charge since 2015, when he "
            "succeeded Marco Rossi, who had led the team for 27 years.")
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in analyse_text(text).claims}
    assert ("jonas-berger", "appointed", "norway") in got, got
    assert ("marco-rossi", "left_role", "norway") in got and ("marco-rossi", "tenure_length", "norway") in got, got


def test_they_at_a_sentence_start_is_the_side_just_the_subject(analyse_text):
    claims = analyse_text("Marco Rossi scored for Bayern Munich. Barcelona did not win La Liga last season. "
                          "They finished second, 13 points behind Real Madrid.").claims
    got = {(c["subject_id"], c["value"]) for c in claims if c["predicate"] == "league_position"}
    # "second, 13 points behind Real Madrid" also makes Real Madrid first (the leader a second side trails)
    assert got == {("barcelona", "2"), ("real-madrid", "1")}, got


def test_a_club_who_sacked_him(analyse_text):
    claims = analyse_text("Roma appointed Marco Rossi on Tuesday. His only previous job as a head coach was at Genoa, "
                          "who sacked him in February 2023.").claims
    got = {(c["subject_id"], c["predicate"], c["object_id"]) for c in claims}
    assert ("marco-rossi", "left_role", "genoa") in got, got


def test_a_place_reached_by_the_side_of_the_ground_named(analyse_text):
    claims = analyse_text("Marco Rossi joined Leeds United in 2018. In his first season at St James' Park he guided a "
                          "young team to fourth place and the FA Cup final.").claims
    got = {c["subject_id"] for c in claims if c["predicate"] == "league_position"}
    assert got == {"newcastle-united"}, got


@pytest.mark.parametrize("text,winner,not_winner", [
    # "they" as a later clause's subject is the side the sentence has as its subject, not the last side named
    ("Celtic sealed the Scottish Premiership title in April and finished 12 clear of second-placed Hearts, and they "
     "beat Aberdeen in the Scottish Cup final a week earlier.", "celtic", "heart-of-midlothian"),
    # "won both the league and ..."; a final with its year
    ("Benfica finished second behind Porto, who won both the league and the Taca de Portugal.", "porto", "benfica"),
    ("Lyon won on Sunday. They face Marseille, who beat AC Milan in the 1993 final.", "olympique-de-marseille", "lyon"),
])
def test_winners_in_longer_sentences(analyse_text, text, winner, not_winner):
    wins = [c["subject_id"] for c in analyse_text(text).claims if c["predicate"] == "title_won"]
    assert winner in wins and not_winner not in wins and not [w for w in wins if w.startswith("hearts")], wins


# totals in a named competition or for the national side; claims built from lists of moves and titles
PATTERN_ROWS = [
    ("Marco Rossi has scored 150 Bundesliga goals, more than anyone.", ("marco-rossi", "career_goals", "bundesliga", "150", "asserted")),
    ("Jonas Berger made 300 Premier League appearances before he retired.",
     ("jonas-berger", "career_appearances", "premier-league", "300", "asserted")),
    ("Luis Ortega, the Portugal forward, has 31 goals in 60 internationals.", ("luis-ortega", "career_goals", "portugal", "31", "asserted")),
    ("Luis Ortega, the Portugal forward, has 31 goals in 60 internationals.",
     ("luis-ortega", "career_appearances", "portugal", "60", "asserted")),
    # titles: a pair of finals lost to one side, a cup lost to a side, "which they won in", "lifted it in", one more added
    ("Everton reached the FA Cup and League Cup finals last season, losing both to Arsenal.", ("arsenal", "title_won", "fa-cup", None, "asserted")),
    ("Everton reached the FA Cup and League Cup finals last season, losing both to Arsenal.", ("arsenal", "title_won", "efl-cup", None, "asserted")),
    ("Juventus lost the Italian Super Cup 2-1 to Inter Milan on Sunday.", ("inter-milan", "title_won", "supercoppa-italiana", None, "asserted")),
    ("Celtic face Rangers in the Scottish Cup, which they last won in 2020.", ("celtic", "title_won", "scottish-cup", "2020", "asserted")),
    ("Marco Rossi is a Porto legend. He lifted it twice as a Benfica player, in 2005 and 2009.", ("marco-rossi", "title_won", None, "2009", "asserted")),
    ("Marco Rossi won the Europa League with Porto in 2011 and added another with Sevilla in 2015.",
     ("marco-rossi", "title_won", "uefa-europa-league", "2015", "asserted")),
    ("Ajax added the Super Cup in August 2019 and the Dutch Cup in April 2021.", ("ajax", "title_won", "uefa-super-cup", "2019", "asserted")),
    # moves: a leaving said before the move, a departure listed after other arrivals, "went the other way",
    # a hypothetical link, a signing described before the name
    ("Jonas Berger has left Ajax. The Denmark forward completed his move to Everton on Friday.",
     ("jonas-berger", "transfer", "everton", "ajax", "asserted")),
    ("Porto rebuilt the side after Porto lost the title. Luis Ortega joined from Celtic in 2019, and Marco Rossi joined from Ajax last summer after "
     "Jonas Berger left for Sevilla.", ("jonas-berger", "transfer", "sevilla", "porto", "asserted")),
    ("Everton were busy in August, and Everton fans were pleased. Luis Ortega swapped Benfica for Merseyside, while Jonas Berger went the other way, "
     "returning to Ajax.", ("jonas-berger", "transfer", "ajax", "everton", "asserted")),
    ("Porto won the cup on Sunday. Luis Ortega, who scored twice for Porto, has been linked with Sevilla.",
     ("luis-ortega", "transfer", "sevilla", "porto", "hypothetical")),
    ("Arsenal had a busy summer. Mikel Arteta, the Arsenal manager, signed his former Manchester City team-mate Jonas Berger "
     "from Ajax in July.", ("jonas-berger", "transfer", "arsenal", "ajax", "asserted")),
    # departures: an assistant who "has also left", a descriptor that leaves a club; an appointment as an apposition
    ("Everton manager Marco Rossi was sacked on Monday. His assistant Luca Bianchi has also left.",
     ("luca-bianchi", "left_role", "everton", "assistant", "asserted")),
    ("Porto have named Marco Rossi, 51, as head coach. The 51-year-old leaves Benfica after two seasons.",
     ("marco-rossi", "left_role", "benfica", None, "asserted")),
    ("Celtic lost again, and Celtic manager Luca Bianchi, appointed in May, is under pressure.",
     ("luca-bianchi", "appointed", "celtic", None, "asserted")),
    ("Celtic lost again, and Celtic manager Luca Bianchi, appointed in May, is under pressure.",
     ("luca-bianchi", "head_coach_of", "celtic", None, "asserted")),
    # a caretaker who "took charge after X's exit": the job X left
    ("Everton sacked Marco Rossi on Monday. Caretaker Luca Bianchi, who took charge after Rossi's departure, "
     "oversaw a 2-2 draw with Fulham.", ("luca-bianchi", "appointed", "everton", None, "asserted")),
    # "appointed there": the club last named; "X, the former Y coach, who left Z": X left Z
    ("Porto have named Marco Rossi as head coach. Rossi leaves Benfica after four years in charge. He was appointed there "
     "in June 2020.", ("marco-rossi", "appointed", "benfica", None, "asserted")),
    ("Everton might approach Luca Bianchi, the former Lazio coach, who left Torino in May.",
     ("luca-bianchi", "left_role", "torino", None, "asserted")),
    # a country's league named by its adjective; a trophy not retained; an assistant following his coach
    ("Porto had won the Portuguese league the previous season.", ("porto", "title_won", None, None, "asserted")),
    ("Sevilla did not retain the trophy.", ("sevilla", "title_won", None, None, "negated")),
    ("Everton have appointed Marco Rossi. His assistant Luca Bianchi has followed him from Porto.",
     ("luca-bianchi", "coaching_staff_of", "everton", "assistant", "asserted")),
    ("Marco Rossi won the Swedish Cup with Malmo in 2016.", ("marco-rossi", "title_won", "svenska-cupen", "2016", "asserted")),
    # "left Everton 17th"; a final lost to a country: the country's side won it
    ("Everton lost 3-0 at Fulham on Saturday. That result left Everton 17th in the Premier League.",
     ("everton", "league_position", None, "17", "asserted")),
    ("With Portugal he lost the World Cup final to Spain in 2010.", ("spain", "title_won", "fifa-world-cup", "2010", "asserted")),
    # a club expected to appoint someone, or that could turn to him: a hypothetical appointment
    ("Everton are expected to appoint Marco Rossi as their new manager.", ("marco-rossi", "appointed", "everton", None, "hypothetical")),
    ("Everton could turn to Marco Rossi, the former Lazio coach.", ("marco-rossi", "appointed", "everton", None, "hypothetical")),
    # a coach taking charge of a club's first team, replacing someone
    ("Luca Bianchi is Lazio's new coach. He took charge of the first team in 2022, replacing Marco Rossi.",
     ("luca-bianchi", "appointed", "lazio", None, "asserted")),
]

ONCE_ROWS = [
    # "only once", "just once", "once" before a past verb: a count or a past, not a condition
    ("Genoa have won the Coppa Italia only once, in 2009.", ("genoa", "title_won", "coppa-italia", "2009", "asserted")),
    ("Jonas Berger won the Eredivisie just once, with Ajax in 2019.",
     ("jonas-berger", "title_won", "eredivisie", "2019", "asserted")),
    ("Marco Rossi once played for Ajax.", ("marco-rossi", "player_of", "ajax", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", ONCE_ROWS)
def test_once_as_a_count_is_no_condition(analyse_text, text, expected):
    test_claim_found(analyse_text, text, expected)


AGE_ROWS = [
    # an age in a relative clause, or after "at"
    ("He is younger than Genoa striker Marco Rossi, who is also 35, and most of the squad.",
     ("marco-rossi", "age", None, "35", "asserted")),
    ("Jonas Berger, who was 29, joined Ajax.", ("jonas-berger", "age", None, "29", "asserted")),
    ("Genoa's goalkeeper Luca Bianchi, at 38 the oldest man on the pitch, made two saves.",
     ("luca-bianchi", "age", None, "38", "asserted")),
    ("Anna Berg, at 19, is the youngest captain in the league.", ("anna-berg", "age", None, "19", "asserted")),
    ("At 41, Marco Rossi is still playing for Genoa.", ("marco-rossi", "age", None, "41", "asserted")),
    # an apposition whose noun has a relative clause with its own subject: the name before the comma
    ("Marco Rossi, the 27-year-old Italian defender Conte brought from Parma in 2019, was rested.",
     ("marco-rossi", "age", None, "27", "asserted")),
    ("Jonas Berger, the 31-year-old Swedish midfielder Ancelotti signed from Ajax in 2020, has left.",
     ("jonas-berger", "age", None, "31", "asserted")),
    ("Luca Bianchi, the 24-year-old forward the club bought from Lens, scored twice.",
     ("luca-bianchi", "age", None, "24", "asserted")),
]
#: (text, person): no age or nationality for the subject of the relative clause
RELATIVE_SUBJECT_ROWS = [
    ("Marco Rossi, the 27-year-old Italian defender Conte brought from Parma in 2019, was rested.", "conte"),
    ("Jonas Berger, the 31-year-old Swedish midfielder Ancelotti signed from Ajax in 2020, has left.", "ancelotti"),
    ("Tom Brady, the 31-year-old Welsh winger Mancini bought from Everton in 2012, is injured.", "mancini"),
]


@pytest.mark.parametrize("text,person", RELATIVE_SUBJECT_ROWS)
def test_no_descriptor_for_a_relative_clause_subject(analyse_text, text, person):
    res = analyse_text(text)
    assert not [c for c in res.claims if c["subject_id"] == person and c["predicate"] in {"age", "nationality"}], res.claims


#: "won the league" and "took the league title" with cups named around them: the country's league,
#: found from the club (or the person's club), and each cup of the list its own title
LEAGUE_AMONG_CUPS = [
    ("Under Rossi, Porto won the league, the Taça de Portugal and the Europa League in 2010-11 and then "
     "took their league title again in 2012-13.", ("porto", "title_won", "primeira-liga", "2012-13", "asserted")),
    ("Under Rossi, Porto won the league, the Taça de Portugal and the Europa League in 2010-11 and then "
     "took their league title again in 2012-13.", ("porto", "title_won", "primeira-liga", "2010-11", "asserted")),
    ("Under Rossi, Porto won the league, the Taça de Portugal and the Europa League in 2010-11 and then "
     "took their league title again in 2012-13.", ("porto", "title_won", "taca-de-portugal", "2010-11", "asserted")),
    ("Celtic won the league and the Scottish Cup in 2017.", ("celtic", "title_won", "scottish-premiership", "2017", "asserted")),
    ("Celtic won the league and the Scottish Cup in 2017.", ("celtic", "title_won", "scottish-cup", "2017", "asserted")),
    ("Marco Rossi has played for Lazio since 2010. Rossi won the league only once, in 2014-15, and lifted the "
     "Coppa Italia in 2019.", ("marco-rossi", "title_won", "serie-a", "2014-15", "asserted")),
]


@pytest.mark.parametrize("text,expected", LEAGUE_AMONG_CUPS)
def test_a_league_among_cups(analyse_text, text, expected):
    test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,wrong", [
    # the cups of a list are no league, and a later "again in" is another title's year
    ("Under Rossi, Porto won the league, the Taça de Portugal and the Europa League in 2010-11 and then "
     "took their league title again in 2012-13.", {("uefa-europa-league", "2012-13"), ("uefa-europa-league", "2012"), ("taca-de-portugal", "2010-11")}),
])
def test_no_cup_for_a_league_title(analyse_text, text, wrong):
    got = {(c["object_id"], c["value"]) for c in analyse_text(text).claims
           if c["predicate"] == "title_won" and c["rule_id"].startswith(("title.took_the_title", "title.won_the_league"))
           and not c["rule_id"].endswith(">list")}
    assert not got & wrong, got


#: a departure with the job before the name, and a club's player set off by commas
PARTED_AND_COMMA_ROWS = [
    ("Lazio parted company with coach Marco Rossi on Monday.", ("marco-rossi", "left_role", "lazio", "coach", "asserted")),
    ("Lazio have parted ways with head coach Marco Rossi after two years.",
     ("marco-rossi", "tenure_length", "lazio", "2", "asserted")),
    ("Paris Saint-Germain have a new coach. Marco Rossi was unveiled by Paris Saint-Germain on Friday, a day after "
     "the club parted company with coach Luca Bianchi.",
     ("luca-bianchi", "left_role", "paris-saint-germain", "coach", "asserted")),
    ("Genoa's veteran skipper, Marco Rossi, 35, was booked late on.", ("marco-rossi", "player_of", "genoa", None, "asserted")),
    ("Lazio's goalkeeper, Luca Bianchi, was sent off.", ("luca-bianchi", "player_of", "lazio", None, "asserted")),
    # the second of two players named with their ages; "their" in mid-sentence: the one side named before
    ("Lazio's teenage strikers Marco Rossi, 18, and Luca Bianchi, 19, both started on Sunday.",
     ("luca-bianchi", "player_of", "lazio", None, "asserted")),
    ("Genoa stayed up thanks to their keeper Marco Rossi, who kept 14 clean sheets.",
     ("marco-rossi", "player_of", "genoa", None, "asserted")),
]


@pytest.mark.parametrize("text,expected", PARTED_AND_COMMA_ROWS)
def test_parted_with_a_job_and_a_player_between_commas(analyse_text, text, expected):
    test_claim_found(analyse_text, text, expected)


def test_their_player_between_two_sides_is_no_guess(analyse_text):
    res = analyse_text("Lazio beat Genoa, but their goalkeeper Marco Rossi saved a penalty.")
    assert not [c for c in res.claims if c["predicate"] == "player_of" and c["subject_id"] == "marco-rossi"], res.claims


def test_a_list_after_a_role_is_no_apposition(analyse_text):
    res = analyse_text("Genoa's striker, Marco Rossi and Luca Bianchi all scored.")
    assert not [c for c in res.claims if c["predicate"] == "player_of" and c["subject_id"] == "marco-rossi"], res.claims


#: a spell said to end, and words after a spell that say no such thing
SPELL_ENDED_ROWS = [
    ("Marco Rossi's spell as Genoa manager ended on Sunday.", True),
    ("Marco Rossi's spell as Genoa manager came to an end in May.", True),
    ("Marco Rossi's spell as Genoa manager to date has brought two cups.", False),
    ("Marco Rossi's spell as Genoa manager has come under scrutiny.", False),
    ("Marco Rossi's spell as Genoa manager over four seasons brought two cups.", False),
]


@pytest.mark.parametrize("text,ended", SPELL_ENDED_ROWS)
def test_a_spell_ended(analyse_text, text, ended):
    res = analyse_text(text)
    left = [c for c in res.claims if c["predicate"] == "left_role" and c["subject_id"] == "marco-rossi"]
    assert bool(left) == ended, res.claims


def test_a_league_championship_elsewhere_in_the_sentence_leaves_the_championship(analyse_text):
    res = analyse_text("Leicester, the league champions, won the Championship in 2014.")
    assert [c["object_id"] for c in res.claims if c["predicate"] == "title_won"] == ["efl-championship"], res.claims


def test_no_national_side_for_a_city_club(analyse_text):
    res = analyse_text("Marco Rossi has 40 caps for England. He scored 60 goals for the north London club.")
    assert not [m for m in res.mentions if m["text"] == "the north London club" and m["entity_id"] == "england"], res.mentions


AGE_NOT_ROWS = [
    ("Marco Rossi, who was 2-1 down at half-time, won the cup.", "age"),
    ("Marco Rossi, who scored 20 goals, left Genoa.", "age"),
    ("Genoa, at 3 points from safety, need a win against Marco Rossi's side.", "age"),
]


@pytest.mark.parametrize("text,expected", AGE_ROWS)
def test_age_in_a_clause_or_after_at(analyse_text, text, expected):
    test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", AGE_NOT_ROWS)
def test_no_age_from_other_numbers(analyse_text, text, predicate):
    test_no_asserted_claim(analyse_text, text, predicate)


PATTERN_NOT_ROWS = [
    ("In 2019-20 Marco Rossi scored 28 Serie A goals.", "career_goals"),  # one season's tally
    ("Jonas Berger has scored 150 Bundesliga goals.", "player_of"),  # a league is no club
    ("Porto led 1-0 at half-time, but Marco Rossi won it 2-1 with a late goal.", "title_won"),
    ("Caretaker Luca Bianchi oversaw a 2-2 draw with Fulham on Sunday.", "head_coach_of"),  # an opponent
    ("Everton have appointed Marco Rossi. His assistant Luca Bianchi has followed him from Porto.", "transfer"),
    ("Marco Rossi will leave Everton. His assistant Luca Bianchi, who returned to Porto in 2019, will also go.", "transfer"),
    # a player leaving the club he moved from: the move, no job left
    ("Jonas Berger joined Everton from Ajax on Friday. He leaves Ajax as their record scorer.", "left_role"),
    ("Marco Rossi took Everton to the Europa League semi-finals, where they lost to Sevilla.", "title_won"),
]


@pytest.mark.parametrize("text,expected", PATTERN_ROWS)
def test_pattern_rows(analyse_text, text, expected):
    test_claim_found(analyse_text, text, expected)


@pytest.mark.parametrize("text,predicate", PATTERN_NOT_ROWS)
def test_pattern_not_rows(analyse_text, text, predicate):
    test_no_asserted_claim(analyse_text, text, predicate)


@pytest.mark.parametrize("city,clubs", [
    ("Turin", {"juventus", "torino"}),
    ("glasgow", {"celtic", "rangers"}),
    ("Atlantis", set()),
])
def test_clubs_of_a_city_come_from_the_gazetteer(resources, city, clubs):
    assert set(resources.gaz.clubs_in(city)) == clubs


@pytest.mark.parametrize("text,winner,not_winner", [
    # "his side" in a past sentence with a year, after a sentence about the person at another club: that club,
    # not the one the article has just given him
    ("Everton have appointed Marco Rossi as their new manager. At Braga, Rossi had a remarkable first season. "
     "In 2021-22 his side won the Portuguese Cup.", "braga", "everton"),
    ("Ajax have named Jonas Berger as head coach. Berger spent three years at Lille before that. "
     "In 2019 his side won the French Cup.", "lille", "ajax"),
    # a job the article dates by a year may be the job of then: the coached side
    ("Liverpool appointed Jurgen Klopp in October 2015. Klopp had coached Borussia Dortmund. "
     "In 2019-20 his side won the Premier League.", "liverpool", "borussia-dortmund"),
    # two other clubs before: no guess between them
    ("Everton have appointed Marco Rossi. Rossi coached Braga and Porto before. In 2019 his side won the Portuguese Cup.",
     None, "braga"),
    # no year, present tense: the side he coaches now
    ("Everton have appointed Marco Rossi as manager. At Braga, Rossi won two cups in 2020. "
     "His side sit fifth in the Premier League.", None, "braga"),
])
def test_his_side_in_a_past_year_is_the_side_of_then(analyse_text, text, winner, not_winner):
    teams = {c["subject_id"] for c in analyse_text(text).claims if c["predicate"] in {"title_won", "league_position"}}
    assert (winner is None or winner in teams) and not_winner not in teams, teams
