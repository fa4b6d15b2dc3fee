/// Frequent given names of the United States, 1990 Census: the 1,000 most frequent male and the
/// 1,000 most frequent female first names (public domain; read from the files shipped in the PyPI
/// package `names` 0.3.0, `dist.male.first` and `dist.female.first`). A fact list for telling a
/// person's first name from another word where a rule needs to ("Wayne Bridge" is a person,
/// "Trump Tower" a place). Many are also places or words ("Chelsea", "Georgia", "Will"), so
/// no rule may take a word for a name on this list alone. The tagger's feature list
/// (`gazetteers/given-names.txt`, same source) leaves out the names the training text writes in
/// lowercase ("Bill", "Mark"), which are the ones the rules here need: the two lists differ on
/// purpose.
enum CensusGivenNames {
    static let all: Set<String> = Set(names.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Given names only on the female list / only on the male list (the same 1,000 of each):
    /// what a person's honorific ("Mr", "Mrs") must agree with (`DocumentResolver`).
    static let femaleOnly: Set<String> = Set(femaleOnlyNames.split(whereSeparator: \.isWhitespace).map(String.init))
    static let maleOnly: Set<String> = Set(maleOnlyNames.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let femaleOnlyNames = """
        abby abigail ada addie adela adele adeline adriana adrienne agnes aida aileen aimee aisha alana
        alba alberta alejandra alexandra alexandria alfreda alice alicia aline alisa alisha alison
        alissa allie allison allyson alma alta althea alyce alyson alyssa amalia amanda amber amelia
        amie amparo amy ana anastasia angela angelia angelica angelina angeline angelique angelita angie
        anita ann anna annabelle anne annette annie annmarie antoinette antonia april araceli arlene
        arline ashlee audra audrey augusta aurelia aurora autumn ava avis barbara barbra beatrice
        beatriz becky belinda benita bernadette bernadine bernice berta bertha bertie beryl bessie beth
        bethany betsy bette bettie betty bettye beulah beverley beverly bianca blanca blanche bobbi
        bonita bonnie brandi brandie brandy brenda briana brianna bridget bridgett bridgette brigitte
        britney brittany brittney brooke caitlin callie camille candace candice candy cara carissa carla
        carlene carly carmela carmella carole carolina caroline carolyn carrie casandra cassandra cassie
        catalina catherine cathleen cathryn cathy cecelia cecile cecilia celeste celia celina chandra
        charity charlene charlotte charmaine chasity chelsea cheri cherie cherry cheryl christa christi
        christie christina christine christy chrystal cindy claire clara clare clarice clarissa
        claudette claudia claudine coleen colette colleen concepcion concetta constance consuelo cora
        corina corine corinne cornelia corrine cristina crystal cynthia daisy danielle daphne darcy
        darla darlene dawn deana deann deanna deanne debbie debora deborah debra deena deidre deirdre
        delia della delores deloris dena denise desiree diana diane diann dianna dianne dina dionne
        dixie dollie dolly dolores dona donna dora doreen doris dorothea dorothy dorthy earlene earline
        earnestine ebony edith edna edwina effie eileen elaine elba eleanor elena elinor elisa elisabeth
        elise eliza elizabeth ella ellen elma elnora eloise elsa elsie elva elvia elvira emilia emily
        emma enid erica ericka erika erma erna ernestine esmeralda esperanza essie estela estella
        estelle ester esther ethel etta eugenia eula eunice eva evangelina evangeline eve evelyn faith
        fannie fanny fay faye felecia felicia fern flora florence florine flossie fran francesca
        francine francisca freda freida frieda gabriela gabrielle gay gayle gena geneva genevieve
        georgette georgia georgina geraldine gertrude gilda gina ginger gladys glenda glenna gloria
        goldie grace gracie graciela greta gretchen gwen gwendolyn haley hallie hannah harriet harriett
        hattie hazel heather heidi helen helena helene helga henrietta herminia hester hilary hilda
        hillary hollie holly hope ida ila ilene imelda imogene ina ines inez ingrid irene iris irma
        isabel isabella isabelle iva ivy jacklyn jaclyn jacqueline jacquelyn jami jana jane janell
        janelle janet janette janice janie janine janis janna jannie jasmine jayne jeanette jeanie
        jeanine jeanne jeannette jeannie jeannine jenifer jenna jennie jennifer jenny jeri jerri jessica
        jewel jewell jill jillian jo joann joanna joanne jocelyn jodi jodie johanna jolene joni josefa
        josefina josephine josie joy joyce juana juanita judith judy julia juliana julianne julie juliet
        juliette june justine kaitlin kara karen kari karin karina karla karyn kasey kate katelyn
        katharine katherine katheryn kathie kathleen kathrine kathryn kathy katie katina katrina katy
        kay kaye kayla keisha kelley kelli kellie kelsey kendra kenya keri kerri kimberley kimberly
        kirsten kitty krista kristen kristi kristie kristin kristina kristine kristy krystal lacey lacy
        ladonna lakeisha lakisha lana lara latasha latisha latonya latoya laura laurel lauren lauri
        laurie lavonne lawanda lea leah leann leanna leanne leigh leila lela lelia lena lenora lenore
        leola leona leonor lesa lesley lessie leta letha leticia letitia lidia lila lilia lilian liliana
        lillian lillie lilly lily lina linda lindsay lisa liz liza lizzie lois lola lolita lora loraine
        lorena lorene loretta lori lorie lorna lorraine lorrie lottie lou louella louisa louise lourdes
        luann lucia lucile lucille lucinda lucy luella luisa lula luz lydia lynda lynette lynne lynnette
        mabel mable madeleine madeline madelyn madge mae magdalena maggie mai malinda mallory mamie
        mandy manuela mara marcella marci marcia marcie marcy margaret margarita margery margie margo
        margret marguerite mari marian mariana marianne maribel maricela marie marietta marilyn marina
        marisa marisol marissa maritza marjorie marla marlene marquita marsha marta martha martina marva
        maryann maryanne maryellen marylou matilda mattie maude maura maureen mavis maxine may mayra
        meagan megan meghan melanie melba melinda melisa melissa melody melva mercedes meredith mia
        michele michelle milagros mildred millicent millie mindy minerva minnie miranda miriam misty
        mitzi mollie molly mona monica monique muriel myra myrna myrtle nadia nadine nancy nanette
        nannie naomi natalia natalie natasha nelda nell nellie nettie neva nichole nicole nikki nina
        nita noelle noemi nola nona nora noreen norma odessa ofelia ola olga olive olivia opal ophelia
        ora paige pam pamela pansy patrica patrice patricia patsy patti patty paula paulette pauline
        pearl pearlie peggy penelope penny petra phoebe phyllis polly priscilla queen rachael rachel
        rachelle rae ramona randi raquel reba rebecca rebekah regina rena renee reva reyna rhea rhoda
        rhonda rita roberta robyn rochelle ronda rosa rosalie rosalind rosalinda rosalyn rosanna rosanne
        rose roseann rosella rosemarie rosemary rosetta rosie roslyn rowena roxanne roxie ruby ruth
        ruthie sabrina sadie sallie sally samantha sandra sara sarah sasha saundra savannah selena selma
        serena shana shanna shari sharlene sharon sharron shauna shawna sheena sheila shelia shelley
        shelly sheree sheri sherri sherrie sherry sheryl silvia simone socorro sofia sondra sonia sonja
        sonya sophia sophie staci stacie stefanie stella stephanie sue summer susan susana susanna
        susanne susie suzanne suzette sybil sylvia tabatha tabitha tamara tameka tamera tami tamika
        tammi tammie tammy tamra tania tanisha tanya tara tasha teresa teri terra terri terrie tessa
        thelma theresa therese tia tiffany tina tisha toni tonia tonya traci tracie tricia trina trisha
        trudy twila ursula valarie valeria valerie vanessa velma vera verna veronica vicki vickie vicky
        victoria vilma viola violet virgie virginia vivian vonda wanda wendi wendy whitney wilda willa
        wilma winifred winnie yesenia yolanda yvette yvonne zelma
        """

    private static let maleOnlyNames = """
        aaron abdul abe abel abraham adam adan adolfo adolph agustin ahmad ahmed al alan albert alberto
        alden aldo alec alejandro alex alexander alfonso alfonzo alfred alfredo ali allan allen alonzo
        alphonse alphonso alton alva alvaro alvin amado amos anderson andre andres andrew andy angelo
        anibal anthony antoine anton antone antonio antony antwan archie ariel armand armando arnold
        arnulfo aron arron art arthur arturo aubrey august augustine augustus aurelio austin avery
        barney barry bart barton basil beau ben benito benjamin bennett bennie benny bernard bernardo
        bernie berry bert bill billy blaine blair blake bob bobby booker boris boyd brad bradford
        bradley bradly brady brain branden brandon brant brendan brent brenton bret brett brian brice
        brock brooks bruce bruno bryan bryant bryce bryon bud buddy buford burl burt burton byron caleb
        calvin cameron carl carlo carlos carlton carmelo carmine carroll carson carter cary cecil cedric
        cesar chad chadwick chance chang charles charley charlie chase chauncey chester chi christoper
        christopher chuck clair clarence clark claude claudio clay clayton clement cleveland cliff
        clifford clifton clint clinton clyde cody colby cole coleman colin collin conrad corey cornelius
        cornell cory coy craig cruz curt curtis cyril cyrus dallas dalton damian damien damion damon dan
        dane danial daniel dannie danny dante daren darin dario darius darnell darrel darrell darren
        darrin darryl darwin daryl dave david davis dean deandre delbert delmar delmer demetrius denis
        dennis denny denver deon derek derick derrick desmond devin devon dewayne dewey dewitt dexter
        dick diego dillon dino dion dirk domingo dominic dominick don donald donn donnell donnie donny
        donovan dorian doug douglas doyle drew duane dudley duncan dustin dusty dwayne dwight dylan earl
        earle earnest ed eddy edgar edgardo edmond edmund eduardo edward edwardo edwin efrain efren
        elbert eldon eli elias elijah eliseo elliot elliott ellis elmer elmo eloy elton elvin elvis
        elwood emanuel emerson emery emil emile emilio emmanuel emmett emory enrique eric erich erick
        erik ernest ernesto ernie errol ervin erwin esteban ethan eugene eugenio evan everett everette
        ezra fabian faustino federico felipe felix ferdinand fernando fidel fletcher floyd forest
        forrest foster francisco frank franklin fred freddie freddy frederic frederick fredric fredrick
        freeman fritz gabriel galen garland garrett garry garth gary gavin genaro gene geoffrey george
        gerald gerard gerardo german gerry gil gilbert gilberto gino giovanni glen glenn gonzalo gordon
        grady graham grant greg gregg gregorio gregory grover guillermo gus gustavo guy hal hank hans
        harlan harley harold harris harrison harry harvey heath hector henry herbert heriberto herman
        herschel hershel hilario hiram hollis homer horace horacio houston howard hubert hugh hugo
        humberto hung hunter ian ignacio ira irvin irving irwin isaac isaiah isiah isidro ismael israel
        issac ivan ivory jack jackson jacob jacques jake jamaal jamal jamar jame jamel jared jarred
        jarrett jarrod jarvis jason jasper javier jay jayson jed jeff jefferey jefferson jeffery jeffrey
        jeffry jerald jeremiah jeremy jermaine jerold jerome jerrod jerrold jess jesse jesus jim jimmy
        joaquin joe joel joesph joey johnathan johnathon johnie johnny jon jonah jonas jonathan jonathon
        jorge jose josef joseph josh joshua josiah josue juan judson jules julian julio julius junior
        justin kareem karl keith kelvin ken kendall kendrick kenneth kennith kenny kent kenton kermit
        keven kevin kieth kip kirby kirk kory kristopher kurt kurtis kyle lamar lamont lance landon lane
        lanny larry laurence lavern lawrence lazaro leland lemuel lenard lenny leo leon leonard leonardo
        leonel leopoldo leroy les lester levi lewis lincoln linwood lionel lloyd logan lon lonnie loren
        lorenzo louie louis lowell loyd lucas luciano lucien lucio luis luke luther lyle lyman mac mack
        major malcolm manuel marc marcel marcelino marcelo marco marcos marcus margarito mariano mario
        mark marlin marlon marquis marshall martin marty marvin mason mathew matt matthew maurice
        mauricio mauro max maxwell maynard mel melvin merlin merrill mervin micah micheal michel mickey
        miguel mike miles milford millard milo milton mitch mitchel mitchell mohamed mohammad mohammed
        moises monroe monte monty morris morton moses murray myles myron napoleon nathan nathaniel neal
        ned neil nelson nestor newton nicholas nick nickolas nicolas nigel noah noe noel nolan norbert
        norberto norman normand norris numbers octavio odell odis olen olin oliver omar orlando orval
        orville oscar osvaldo otis otto owen pablo parker pasquale patrick paul pedro percy perry pete
        peter phil philip phillip pierre porfirio preston prince quentin quincy quinn quinton rafael
        ralph ramiro ramon randal randall randell randolph randy raphael raul ray raymond raymundo reed
        refugio reggie reginald reid reinaldo reuben rex reyes reynaldo ricardo rich richard richie rick
        rickey rickie ricky rico rigoberto riley rob robby roberto robt rocco rocky rod roderick rodger
        rodney rodolfo rodrick rodrigo rogelio roger roland rolando rolland roman romeo ron ronald
        ronnie ronny roosevelt rory roscoe rosendo ross roy royal royce ruben rubin rudolph rudy rufus
        rupert russ russel russell rusty ryan sal salvador salvatore sam sammie sammy samuel sanford
        sang santiago santos saul scot scott scottie scotty sean sebastian sergio seth seymour shane
        shaun sheldon shelton sherman sidney silas simon solomon son sonny spencer stan stanley stefan
        stephan stephen sterling steve steven stevie stewart stuart sung sydney sylvester tad tanner ted
        teddy terence terrance terrell terrence thad thaddeus thanh theodore theron thomas thurman tim
        timmy timothy toby tod todd tom tomas tommy tony tory travis trent trenton trevor trey trinidad
        tristan troy truman ty tyler tyree tyrone tyson ulysses valentin van vance vaughn vern vernon
        vicente victor vince vincent virgil vito wade waldo walker wallace walter ward warren wayne
        weldon wendell wesley weston wilbert wilbur wilburn wiley wilford wilfred wilfredo will willard
        william williams willis wilmer wilson wilton winfred winston wm woodrow wyatt xavier yong
        zachariah zachary zachery zane
        """

    private static let names = """
        aaron abby abdul abe abel abigail abraham ada adam adan addie adela adele adeline adolfo adolph
        adrian adriana adrienne agnes agustin ahmad ahmed aida aileen aimee aisha al alan alana alba albert
        alberta alberto alden aldo alec alejandra alejandro alex alexander alexandra alexandria alexis
        alfonso alfonzo alfred alfreda alfredo ali alice alicia aline alisa alisha alison alissa allan allen
        allie allison allyson alma alonzo alphonse alphonso alta althea alton alva alvaro alvin alyce alyson
        alyssa amado amalia amanda amber amelia amie amos amparo amy ana anastasia anderson andre andrea
        andres andrew andy angel angela angelia angelica angelina angeline angelique angelita angelo angie
        anibal anita ann anna annabelle anne annette annie annmarie anthony antoine antoinette anton antone
        antonia antonio antony antwan april araceli archie ariel arlene arline armand armando arnold arnulfo
        aron arron art arthur arturo ashlee ashley aubrey audra audrey august augusta augustine augustus
        aurelia aurelio aurora austin autumn ava avery avis barbara barbra barney barry bart barton basil
        beatrice beatriz beau becky belinda ben benita benito benjamin bennett bennie benny bernadette
        bernadine bernard bernardo bernice bernie berry bert berta bertha bertie beryl bessie beth bethany
        betsy bette bettie betty bettye beulah beverley beverly bianca bill billie billy blaine blair blake
        blanca blanche bob bobbi bobbie bobby bonita bonnie booker boris boyd brad bradford bradley bradly
        brady brain branden brandi brandie brandon brandy brant brenda brendan brent brenton bret brett
        brian briana brianna brice bridget bridgett bridgette brigitte britney brittany brittney brock
        brooke brooks bruce bruno bryan bryant bryce bryon bud buddy buford burl burt burton byron caitlin
        caleb callie calvin cameron camille candace candice candy cara carey carissa carl carla carlene
        carlo carlos carlton carly carmela carmella carmelo carmen carmine carol carole carolina caroline
        carolyn carrie carroll carson carter cary casandra casey cassandra cassie catalina catherine
        cathleen cathryn cathy cecelia cecil cecile cecilia cedric celeste celia celina cesar chad chadwick
        chance chandra chang charity charlene charles charley charlie charlotte charmaine chase chasity
        chauncey chelsea cheri cherie cherry cheryl chester chi chris christa christi christian christie
        christina christine christoper christopher christy chrystal chuck cindy clair claire clara clare
        clarence clarice clarissa clark claude claudette claudia claudine claudio clay clayton clement cleo
        cleveland cliff clifford clifton clint clinton clyde cody colby cole coleen coleman colette colin
        colleen collin concepcion concetta connie conrad constance consuelo cora corey corina corine corinne
        cornelia cornelius cornell corrine cory courtney coy craig cristina cruz crystal curt curtis cynthia
        cyril cyrus daisy dale dallas dalton damian damien damion damon dan dana dane danial daniel danielle
        dannie danny dante daphne darcy daren darin dario darius darla darlene darnell darrel darrell darren
        darrin darryl darwin daryl dave david davis dawn dean deana deandre deann deanna deanne debbie
        debora deborah debra dee deena deidre deirdre delbert delia della delmar delmer delores deloris
        demetrius dena denis denise dennis denny denver deon derek derick derrick desiree desmond devin
        devon dewayne dewey dewitt dexter diana diane diann dianna dianne dick diego dillon dina dino dion
        dionne dirk dixie dollie dolly dolores domingo dominic dominick dominique don dona donald donn donna
        donnell donnie donny donovan dora doreen dorian doris dorothea dorothy dorthy doug douglas doyle
        drew duane dudley duncan dustin dusty dwayne dwight dylan earl earle earlene earline earnest
        earnestine ebony ed eddie eddy edgar edgardo edith edmond edmund edna eduardo edward edwardo edwin
        edwina effie efrain efren eileen elaine elba elbert eldon eleanor elena eli elias elijah elinor
        elisa elisabeth elise eliseo eliza elizabeth ella ellen elliot elliott ellis elma elmer elmo elnora
        eloise eloy elsa elsie elton elva elvia elvin elvira elvis elwood emanuel emerson emery emil emile
        emilia emilio emily emma emmanuel emmett emory enid enrique eric erica erich erick ericka erik erika
        erin erma erna ernest ernestine ernesto ernie errol ervin erwin esmeralda esperanza essie esteban
        estela estella estelle ester esther ethan ethel etta eugene eugenia eugenio eula eunice eva evan
        evangelina evangeline eve evelyn everett everette ezra fabian faith fannie fanny faustino fay faye
        federico felecia felicia felipe felix ferdinand fern fernando fidel fletcher flora florence florine
        flossie floyd forest forrest foster fran frances francesca francine francis francisca francisco
        frank frankie franklin fred freda freddie freddy frederic frederick fredric fredrick freeman freida
        frieda fritz gabriel gabriela gabrielle gail gale galen garland garrett garry garth gary gavin gay
        gayle gena genaro gene geneva genevieve geoffrey george georgette georgia georgina gerald geraldine
        gerard gerardo german gerry gertrude gil gilbert gilberto gilda gina ginger gino giovanni gladys
        glen glenda glenn glenna gloria goldie gonzalo gordon grace gracie graciela grady graham grant greg
        gregg gregorio gregory greta gretchen grover guadalupe guillermo gus gustavo guy gwen gwendolyn hal
        haley hallie hank hannah hans harlan harley harold harriet harriett harris harrison harry harvey
        hattie hazel heath heather hector heidi helen helena helene helga henrietta henry herbert heriberto
        herman herminia herschel hershel hester hilario hilary hilda hillary hiram hollie hollis holly homer
        hope horace horacio houston howard hubert hugh hugo humberto hung hunter ian ida ignacio ila ilene
        imelda imogene ina ines inez ingrid ira irene iris irma irvin irving irwin isaac isabel isabella
        isabelle isaiah isiah isidro ismael israel issac iva ivan ivory ivy jack jackie jacklyn jackson
        jaclyn jacob jacqueline jacquelyn jacques jaime jake jamaal jamal jamar jame jamel james jami jamie
        jan jana jane janell janelle janet janette janice janie janine janis janna jannie jared jarred
        jarrett jarrod jarvis jasmine jason jasper javier jay jayne jayson jean jeanette jeanie jeanine
        jeanne jeannette jeannie jeannine jed jeff jefferey jefferson jeffery jeffrey jeffry jenifer jenna
        jennie jennifer jenny jerald jeremiah jeremy jeri jermaine jerold jerome jerri jerrod jerrold jerry
        jess jesse jessica jessie jesus jewel jewell jill jillian jim jimmie jimmy jo joan joann joanna
        joanne joaquin jocelyn jodi jodie jody joe joel joesph joey johanna john johnathan johnathon johnie
        johnnie johnny jolene jon jonah jonas jonathan jonathon joni jordan jorge jose josef josefa josefina
        joseph josephine josh joshua josiah josie josue joy joyce juan juana juanita judith judson judy
        jules julia julian juliana julianne julie juliet juliette julio julius june junior justin justine
        kaitlin kara kareem karen kari karin karina karl karla karyn kasey kate katelyn katharine katherine
        katheryn kathie kathleen kathrine kathryn kathy katie katina katrina katy kay kaye kayla keisha
        keith kelley kelli kellie kelly kelsey kelvin ken kendall kendra kendrick kenneth kennith kenny kent
        kenton kenya keri kermit kerri kerry keven kevin kieth kim kimberley kimberly kip kirby kirk kirsten
        kitty kory kris krista kristen kristi kristie kristin kristina kristine kristopher kristy krystal
        kurt kurtis kyle lacey lacy ladonna lakeisha lakisha lamar lamont lana lance landon lane lanny lara
        larry latasha latisha latonya latoya laura laurel lauren laurence lauri laurie lavern laverne
        lavonne lawanda lawrence lazaro lea leah leann leanna leanne lee leigh leila lela leland lelia
        lemuel lena lenard lenny lenora lenore leo leola leon leona leonard leonardo leonel leonor leopoldo
        leroy les lesa lesley leslie lessie lester leta letha leticia letitia levi lewis lidia lila lilia
        lilian liliana lillian lillie lilly lily lina lincoln linda lindsay lindsey linwood lionel lisa liz
        liza lizzie lloyd logan lois lola lolita lon lonnie lora loraine loren lorena lorene lorenzo loretta
        lori lorie lorna lorraine lorrie lottie lou louella louie louis louisa louise lourdes lowell loyd
        luann lucas lucia luciano lucien lucile lucille lucinda lucio lucy luella luis luisa luke lula lupe
        luther luz lydia lyle lyman lynda lynette lynn lynne lynnette mabel mable mac mack madeleine
        madeline madelyn madge mae magdalena maggie mai major malcolm malinda mallory mamie mandy manuel
        manuela mara marc marcel marcelino marcella marcelo marci marcia marcie marco marcos marcus marcy
        margaret margarita margarito margery margie margo margret marguerite mari maria marian mariana
        marianne mariano maribel maricela marie marietta marilyn marina mario marion marisa marisol marissa
        maritza marjorie mark marla marlene marlin marlon marquis marquita marsha marshall marta martha
        martin martina marty marva marvin mary maryann maryanne maryellen marylou mason mathew matilda matt
        matthew mattie maude maura maureen maurice mauricio mauro mavis max maxine maxwell may maynard mayra
        meagan megan meghan mel melanie melba melinda melisa melissa melody melva melvin mercedes meredith
        merle merlin merrill mervin mia micah michael micheal michel michele michelle mickey miguel mike
        milagros mildred miles milford millard millicent millie milo milton mindy minerva minnie miranda
        miriam misty mitch mitchel mitchell mitzi mohamed mohammad mohammed moises mollie molly mona monica
        monique monroe monte monty morgan morris morton moses muriel murray myles myra myrna myron myrtle
        nadia nadine nancy nanette nannie naomi napoleon natalia natalie natasha nathan nathaniel neal ned
        neil nelda nell nellie nelson nestor nettie neva newton nicholas nichole nick nickolas nicolas
        nicole nigel nikki nina nita noah noe noel noelle noemi nola nolan nona nora norbert norberto noreen
        norma norman normand norris numbers octavio odell odessa odis ofelia ola olen olga olin olive oliver
        olivia ollie omar opal ophelia ora orlando orval orville oscar osvaldo otis otto owen pablo paige
        pam pamela pansy parker pasquale pat patrica patrice patricia patrick patsy patti patty paul paula
        paulette pauline pearl pearlie pedro peggy penelope penny percy perry pete peter petra phil philip
        phillip phoebe phyllis pierre polly porfirio preston prince priscilla queen quentin quincy quinn
        quinton rachael rachel rachelle rae rafael ralph ramiro ramon ramona randal randall randell randi
        randolph randy raphael raquel raul ray raymond raymundo reba rebecca rebekah reed refugio reggie
        regina reginald reid reinaldo rena rene renee reuben reva rex reyes reyna reynaldo rhea rhoda rhonda
        ricardo rich richard richie rick rickey rickie ricky rico rigoberto riley rita rob robbie robby
        robert roberta roberto robin robt robyn rocco rochelle rocky rod roderick rodger rodney rodolfo
        rodrick rodrigo rogelio roger roland rolando rolland roman romeo ron ronald ronda ronnie ronny
        roosevelt rory rosa rosalie rosalind rosalinda rosalyn rosanna rosanne rosario roscoe rose roseann
        rosella rosemarie rosemary rosendo rosetta rosie roslyn ross rowena roxanne roxie roy royal royce
        ruben rubin ruby rudolph rudy rufus rupert russ russel russell rusty ruth ruthie ryan sabrina sadie
        sal sallie sally salvador salvatore sam samantha sammie sammy samuel sandra sandy sanford sang
        santiago santos sara sarah sasha saul saundra savannah scot scott scottie scotty sean sebastian
        selena selma serena sergio seth seymour shana shane shanna shannon shari sharlene sharon sharron
        shaun shauna shawn shawna sheena sheila shelby sheldon shelia shelley shelly shelton sheree sheri
        sherman sherri sherrie sherry sheryl shirley sidney silas silvia simon simone socorro sofia solomon
        son sondra sonia sonja sonny sonya sophia sophie spencer stacey staci stacie stacy stan stanley
        stefan stefanie stella stephan stephanie stephen sterling steve steven stevie stewart stuart sue
        summer sung susan susana susanna susanne susie suzanne suzette sybil sydney sylvester sylvia tabatha
        tabitha tad tamara tameka tamera tami tamika tammi tammie tammy tamra tania tanisha tanner tanya
        tara tasha taylor ted teddy terence teresa teri terra terrance terrell terrence terri terrie terry
        tessa thad thaddeus thanh thelma theodore theresa therese theron thomas thurman tia tiffany tim
        timmy timothy tina tisha toby tod todd tom tomas tommie tommy toni tonia tony tonya tory tracey
        traci tracie tracy travis trent trenton trevor trey tricia trina trinidad trisha tristan troy trudy
        truman twila ty tyler tyree tyrone tyson ulysses ursula valarie valentin valeria valerie van vance
        vanessa vaughn velma vera vern verna vernon veronica vicente vicki vickie vicky victor victoria
        vilma vince vincent viola violet virgie virgil virginia vito vivian vonda wade waldo walker wallace
        walter wanda ward warren wayne weldon wendell wendi wendy wesley weston whitney wilbert wilbur
        wilburn wilda wiley wilford wilfred wilfredo will willa willard william williams willie willis wilma
        wilmer wilson wilton winfred winifred winnie winston wm woodrow wyatt xavier yesenia yolanda yong
        young yvette yvonne zachariah zachary zachery zane zelma
        """
}

extension Lexicon {
    /// A given name the library knows, lowercase: its own list or the census's.
    static func isKnownGivenName(_ word: String) -> Bool {
        givenNames.contains(word) || CensusGivenNames.all.contains(word)
    }
}
