/// Function words per language. Prose is dense in them and menus, headlines and link lists are not,
/// which is the main signal jusText uses to tell paragraphs from furniture (Pomikálek 2011,
/// "Removing Boilerplate and Duplicate Content from Web Corpora", stopword density ≥ 0.30).
public enum Stopwords {
    public static let lists: [String: String] = [
        "en": "the a an and or but of to in on at for with from by as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us not no so if then than there here which who whom whose what when where why how all any some can could will would should may might must do does did have has had about into over after before under between through during without within also just only very more most such other",
        "es": "el la los las un una unos unas y o pero de del al en con por para sin sobre entre es son era fue ser estar está están ha han había que como cuando donde quien cual este esta estos estas ese esa eso lo le les se su sus mi mis tu nos no sí ya muy más también pero porque hasta desde según durante",
        "fr": "le la les un une des du de et ou mais en dans sur sous avec pour par sans entre est sont était été être a ont avait que qui quoi dont où ce cet cette ces il elle ils elles nous vous on son sa ses leur leurs ne pas plus aussi très comme mais si au aux lui se y",
        "de": "der die das den dem des ein eine einen einem einer eines und oder aber in im an am auf aus bei mit nach von vor zu zum zur für über unter durch gegen ohne ist sind war waren wird werden wurde hat haben hatte sein nicht auch noch nur schon sehr wie als wenn dass daß es er sie wir ihr ich sich man kein keine so",
        "it": "il lo la i gli le un uno una e o ma di del della dei degli delle da dal dalla in nel nella con su sul sulla per tra fra è sono era erano essere ha hanno aveva che chi cui come quando dove questo questa questi queste quello non più anche molto se si ci ne al alla",
        "pt": "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para sem sobre entre é são era foi ser estar está estão tem têm que como quando onde quem qual este esta isto esse essa isso ele ela eles elas se seu sua seus suas não mais também muito ao à já pelo pela",
        "ru": "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это также",
    ]

    /// The words of the chosen languages, folded like the text they are matched in.
    public static func words(languages: [String]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for language in languages {
            guard let list = lists[language] else { continue }
            for word in list.split(separator: " ") {
                let w = String(word)
                if seen.insert(w).inserted { out.append(w) }
            }
        }
        return out
    }
}
