import Foundation

/// The phrase vocabulary of the `boilerplate` stage: one reviewable list, grouped by kind and language.
///
/// Each group says how much of a line its phrases must explain:
/// - `line`: the line is (almost) nothing but such phrases, numbers and punctuation ("Share",
///   "12 Comments", "Twitter Facebook"). Safe for common words, since a sentence never qualifies.
/// - `start`: the line begins with the phrase and is short ("Tags: …", "Read more: …", "Source: …").
/// - `anywhere`: the phrase is specific enough that a short or medium line containing it is
///   furniture ("Your email address will not be published"); a long paragraph needs two such hits.
/// Matching is case- and accent-insensitive (see `TextFold`) and on whole words.
public enum BoilerplatePhrases {
    public enum Scope: Sendable { case line, start, anywhere }

    public struct Group: Sendable {
        public var kind: BoilerplateKind
        public var scope: Scope
        public var language: String
        public var phrases: [String]
        init(_ kind: BoilerplateKind, _ scope: Scope, _ language: String, _ list: String) {
            self.kind = kind
            self.scope = scope
            self.language = language
            self.phrases = list.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    public static let languages = ["en", "es", "fr", "de", "it", "pt", "ru"]

    public static let groups: [Group] = [
        // MARK: - Support and donation prompts
        Group(.support, .line, "en", "support us|support|donate|donate now|make a donation|become a patron|become a member|support our journalism|support independent journalism"),
        Group(.support, .anywhere, "en", "please support our|please support us|support our work|support our actions|donations from|make a donation|donate to|consider supporting|consider donating|become a patron|support us on patreon|buy me a coffee|help us keep|your support helps|support independent journalism"),
        Group(.support, .line, "es", "apóyanos|donar|haz una donación|colabora"),
        Group(.support, .anywhere, "es", "apoya nuestro trabajo|haz una donación|hazte socio|hazte miembro"),
        Group(.support, .line, "fr", "soutenez-nous|faire un don|faites un don"),
        Group(.support, .anywhere, "fr", "soutenez notre travail|faire un don|faites un don|soutenez-nous"),
        Group(.support, .line, "de", "unterstützen sie uns|jetzt spenden|spenden"),
        Group(.support, .anywhere, "de", "unterstützen sie unsere arbeit|jetzt spenden|unterstützen sie uns"),
        Group(.support, .line, "it", "sostienici|dona ora|fai una donazione"),
        Group(.support, .anywhere, "it", "sostieni il nostro lavoro|fai una donazione"),
        Group(.support, .line, "pt", "apoie-nos|doe agora|faça uma doação"),
        Group(.support, .anywhere, "pt", "apoie nosso trabalho|apoie o nosso trabalho|faça uma doação"),
        Group(.support, .line, "ru", "поддержать|поддержите нас|пожертвовать"),
        Group(.support, .anywhere, "ru", "поддержите нас|поддержать проект|сделать пожертвование"),

        // MARK: - Comment prompts and form furniture
        Group(.commentPrompt, .line, "en", "reply|replies|[reply]|reply to this|reply ↓|replydelete|delete|report|report abuse|report post|flag as inappropriate|flag|permalink|quote|like|dislike|likes|cancel reply|submit|submit comment|post comment|preview|name|name (required)|email|e-mail|mail|website|url|comment|your name|your email|your comment|log in to reply|login to reply|log in to comment|sign in to comment|load more comments|show more comments|view all comments|see all comments|newest|oldest|sort by|best|top comments|comment policy|comment guidelines|community guidelines|reply retweet favorite|loading|loading…|loading..."),
        Group(.commentPrompt, .anywhere, "en", "your email address will not be published|email address will not be published|required fields are marked|will not be published|notify me of follow-up comments|notify me of followup comments|notify me of new comments|notify me of new posts|you must be logged in to post a comment|logged in to post a comment|comments are closed|comments are moderated|comment has not yet been posted|this site uses akismet|enter your comment here|you are commenting using your|add your comment|to post a comment|comments powered by disqus|please enable javascript to view the comments|before posting your comment|following comments are owned by|your comment could not be posted|your comment has been|sign in to add comments|will post to the site|posting your comment|comment was posted|beneath your current threshold"),
        Group(.commentPrompt, .line, "es", "responder|comentar|nombre|correo electrónico|sitio web|publicar comentario|cancelar respuesta"),
        Group(.commentPrompt, .anywhere, "es", "tu dirección de correo electrónico no será publicada|los campos obligatorios están marcados|no será publicada|debes iniciar sesión para comentar|notificarme de nuevos comentarios"),
        Group(.commentPrompt, .line, "fr", "répondre|commenter|nom|adresse e-mail|site web|laisser un commentaire|annuler la réponse"),
        Group(.commentPrompt, .anywhere, "fr", "votre adresse e-mail ne sera pas publiée|votre adresse de messagerie ne sera pas publiée|les champs obligatoires sont indiqués|ne sera pas publiée|vous devez être connecté pour publier un commentaire"),
        Group(.commentPrompt, .line, "de", "antworten|kommentieren|e-mail-adresse|webseite|kommentar abschicken|antwort abbrechen"),
        Group(.commentPrompt, .anywhere, "de", "deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|wird nicht veröffentlicht|du musst angemeldet sein, um einen kommentar"),
        Group(.commentPrompt, .line, "it", "rispondi|commenta|nome|sito web|annulla risposta|invia commento"),
        Group(.commentPrompt, .anywhere, "it", "il tuo indirizzo email non sarà pubblicato|i campi obbligatori sono contrassegnati|non sarà pubblicato|devi essere connesso per inviare un commento"),
        Group(.commentPrompt, .line, "pt", "responder|comentar|nome|site|cancelar resposta|publicar comentário"),
        Group(.commentPrompt, .anywhere, "pt", "o seu endereço de email não será publicado|seu endereço de e-mail não será publicado|não será publicado|campos obrigatórios são marcados|você precisa fazer login para comentar"),
        Group(.commentPrompt, .line, "ru", "ответить|комментировать|имя|сайт|отменить ответ|отправить комментарий"),
        Group(.commentPrompt, .anywhere, "ru", "ваш адрес email не будет опубликован|ваш e-mail не будет опубликован|не будет опубликован|обязательные поля помечены|чтобы оставить комментарий"),

        // MARK: - Comment section headers (what follows them is reader comments)
        Group(.commentSection, .line, "en", "comments|comment|leave a reply|leave a comment|leave a response|post a comment|post new comment|add a comment|add comment|add new comment|no comments|no comments yet|there are no comments yet|be the first to comment|responses|no responses|discussion|join the discussion|join the conversation|reader comments|readers' comments|what do you think?|comments (rss)|showing all comment threads|comments filter|comment on this article|comments for this entry|trackbacks|pingbacks|one response|one comment|thoughts on"),
        Group(.commentSection, .line, "es", "comentarios|deja un comentario|deja una respuesta|dejar un comentario|sin comentarios|añadir comentario|publicar un comentario"),
        Group(.commentSection, .line, "fr", "commentaires|laisser un commentaire|laisser une réponse|ajouter un commentaire|aucun commentaire|réactions"),
        Group(.commentSection, .line, "de", "kommentare|kommentar schreiben|schreibe einen kommentar|hinterlasse einen kommentar|keine kommentare|diskussion|leserkommentare"),
        Group(.commentSection, .line, "it", "commenti|lascia un commento|lascia una risposta|nessun commento|aggiungi un commento"),
        Group(.commentSection, .line, "pt", "comentários|deixe um comentário|deixe uma resposta|sem comentários|adicionar comentário"),
        Group(.commentSection, .line, "ru", "комментарии|оставить комментарий|добавить комментарий|оставьте комментарий|нет комментариев|обсуждение"),

        // MARK: - Share and follow
        Group(.share, .line, "en", "share|share this|share this:|share this article|share this story|share this post|share on facebook|share on twitter|share via email|tweet|tweets|retweet|pin it|pinterest|facebook|twitter|x|linkedin|reddit|tumblr|whatsapp|telegram|email this|e-mail this|print|print this|print this page|print article|save|bookmark|google+|google plus|stumbleupon|digg|delicious|rss|rss feed|feed|follow|follow us|follow me|follow us on|follow on twitter|like us on facebook|find us on facebook|share it|share article|sharethis|addthis|more sharing options|email article|send to a friend|recommend|instagram|youtube|vkontakte|vk|flipboard|copy link|link copied|sms"),
        Group(.share, .anywhere, "en", "follow us on|like us on facebook|follow all the|on facebook and twitter|share this article|share this story|click to share on|opens in new window|share on facebook|share on twitter|follow @"),
        Group(.share, .line, "es", "compartir|comparte|síguenos|imprimir|enviar por correo"),
        Group(.share, .anywhere, "es", "síguenos en|compartir en|sigue toda la información"),
        Group(.share, .line, "fr", "partager|partagez|suivez-nous|imprimer|envoyer par e-mail"),
        Group(.share, .anywhere, "fr", "suivez-nous sur|partager sur"),
        Group(.share, .line, "de", "teilen|drucken|folgen sie uns|per e-mail teilen|artikel teilen"),
        Group(.share, .anywhere, "de", "folgen sie uns auf|teilen auf"),
        Group(.share, .line, "it", "condividi|stampa|seguici"),
        Group(.share, .anywhere, "it", "seguici su|condividi su"),
        Group(.share, .line, "pt", "compartilhar|partilhar|imprimir|siga-nos"),
        Group(.share, .anywhere, "pt", "siga-nos no|compartilhe no|compartilhar no"),
        Group(.share, .line, "ru", "поделиться|распечатать|печать|подписывайтесь"),
        Group(.share, .anywhere, "ru", "подписывайтесь на нас|поделиться в"),

        // MARK: - Newsletter and subscription prompts
        Group(.newsletter, .line, "en", "subscribe|subscribe now|newsletter|newsletters|sign up|sign up now|join our newsletter|subscribe via rss|subscribe via email|subscribe to our newsletter|get the newsletter|email newsletter|rss feeds|subscribe to: post comments (atom)|subscribe to: posts (atom)|entries (rss)|comments rss|entries rss"),
        Group(.newsletter, .anywhere, "en", "subscribe to our newsletter|sign up for our newsletter|sign up for the newsletter|sign up to receive|enter your email address|get the latest news delivered|delivered to your inbox|straight to your inbox|in your inbox|subscribe to our mailing list|join our mailing list|weekly newsletter|daily newsletter|subscribe to this blog|subscribe to the feed|you can unsubscribe at any time|by signing up, you agree"),
        Group(.newsletter, .anywhere, "es", "suscríbete a nuestro boletín|suscríbete al boletín|recibe nuestro boletín|boletín semanal|newsletter semanal"),
        Group(.newsletter, .line, "es", "suscríbete|suscribirse|boletín"),
        Group(.newsletter, .anywhere, "fr", "abonnez-vous à notre newsletter|inscrivez-vous à notre newsletter|recevez notre newsletter|lettre d'information"),
        Group(.newsletter, .line, "fr", "abonnez-vous|s'abonner|newsletter"),
        Group(.newsletter, .anywhere, "de", "newsletter abonnieren|melden sie sich für unseren newsletter|jetzt newsletter"),
        Group(.newsletter, .line, "de", "abonnieren|jetzt abonnieren|anmelden"),
        Group(.newsletter, .anywhere, "it", "iscriviti alla newsletter|iscriviti alla nostra newsletter"),
        Group(.newsletter, .line, "it", "iscriviti|abbonati"),
        Group(.newsletter, .anywhere, "pt", "assine nossa newsletter|assine a newsletter|inscreva-se na nossa newsletter"),
        Group(.newsletter, .line, "pt", "assine|inscreva-se"),
        Group(.newsletter, .anywhere, "ru", "подпишитесь на нашу рассылку|подпишитесь на рассылку|подписаться на рассылку"),
        Group(.newsletter, .line, "ru", "подписаться|рассылка"),

        // MARK: - Subscription walls and paywalls
        Group(.paywall, .anywhere, "en", "to continue reading|subscribe to continue|subscribe to read|already a subscriber|already have an account|read without limits|unlimited access|this content is for subscribers|subscribers only|for subscribers|start your free trial|free trial|you have reached your limit|you've reached your limit|free articles remaining|log in to continue"),
        Group(.paywall, .anywhere, "es", "para seguir leyendo|suscríbete para seguir|lee sin límites|leer sin límites|ya eres suscriptor|únete a el país|solo para suscriptores"),
        Group(.paywall, .anywhere, "fr", "pour lire la suite|réservé aux abonnés|déjà abonné|abonnez-vous pour lire|lire sans limites"),
        Group(.paywall, .anywhere, "de", "weiterlesen mit|nur für abonnenten|bereits abonnent|jetzt weiterlesen|artikel freischalten"),
        Group(.paywall, .anywhere, "it", "per continuare a leggere|riservato agli abbonati|sei già abbonato"),
        Group(.paywall, .anywhere, "pt", "para continuar lendo|exclusivo para assinantes|já é assinante|leia sem limites"),
        Group(.paywall, .anywhere, "ru", "чтобы продолжить чтение|только для подписчиков|оформите подписку"),

        // MARK: - Cookie, privacy and terms notices
        Group(.legal, .line, "en", "privacy|privacy policy|privacy notice|cookie policy|cookies|cookie settings|manage cookies|accept cookies|accept|accept all|reject all|terms|terms of use|terms of service|terms and conditions|terms & conditions|legal|legal notice|disclaimer|accessibility|do not sell my personal information|do not sell my info|your privacy choices|adchoices|ad choices|site map|sitemap|imprint|privacy settings|gdpr|ok|got it|i agree|privacy & cookies"),
        Group(.legal, .anywhere, "en", "we use cookies|uses cookies|use of cookies|this website uses cookies|this site uses cookies|by continuing to use this site|by continuing to browse|by using this site, you agree|by using this website|you agree to our|agree to the use of cookies|cookie policy|privacy policy|terms of use|terms of service|read our privacy|manage your cookie"),
        Group(.legal, .line, "es", "política de privacidad|política de cookies|aviso legal|términos y condiciones|aceptar|configuración de cookies|mapa del sitio"),
        Group(.legal, .anywhere, "es", "utilizamos cookies|este sitio web utiliza cookies|usamos cookies|política de privacidad|política de cookies|aviso legal"),
        Group(.legal, .line, "fr", "politique de confidentialité|mentions légales|conditions générales|gestion des cookies|accepter|tout accepter|plan du site|cgu"),
        Group(.legal, .anywhere, "fr", "nous utilisons des cookies|ce site utilise des cookies|politique de confidentialité|mentions légales|utilisation des cookies"),
        Group(.legal, .line, "de", "datenschutz|datenschutzerklärung|impressum|nutzungsbedingungen|agb|cookie-einstellungen|akzeptieren|alle akzeptieren|barrierefreiheit"),
        Group(.legal, .anywhere, "de", "wir verwenden cookies|diese website verwendet cookies|verwendung von cookies|datenschutzerklärung"),
        Group(.legal, .line, "it", "informativa sulla privacy|privacy policy|cookie policy|termini e condizioni|note legali|accetta|accetta tutti"),
        Group(.legal, .anywhere, "it", "utilizziamo i cookie|questo sito utilizza cookie|questo sito utilizza i cookie|informativa sulla privacy"),
        Group(.legal, .line, "pt", "política de privacidade|termos de uso|termos e condições|aceitar|aceito"),
        Group(.legal, .anywhere, "pt", "utilizamos cookies|usamos cookies|este site utiliza cookies|este site usa cookies|política de privacidade"),
        Group(.legal, .line, "ru", "политика конфиденциальности|пользовательское соглашение|принять|условия использования"),
        Group(.legal, .anywhere, "ru", "мы используем cookies|мы используем файлы cookie|использует файлы cookie|политика конфиденциальности"),

        // MARK: - Related, read-also and recommendation headers (a run of headlines follows)
        Group(.related, .line, "en", "related|related posts|related articles|related stories|related content|related news|related links|related topics|related reading|related coverage|related video|related videos|you may like|you might like|you may also like|you might also like|you may also be interested in|you might be interested in|recommended|recommended for you|recommended stories|recommended reading|more information|more info|more from|more stories|more news|more on this story|more in|more like this|read also|read more|also read|see also|further reading|don't miss|do not miss|most popular|most read|most viewed|most shared|most commented|most emailed|popular posts|popular stories|popular articles|trending|trending now|trending stories|latest|latest news|latest posts|latest stories|latest articles|recent posts|recent articles|recent stories|recent comments|top stories|editor's picks|editors' picks|featured|featured posts|featured stories|in case you missed it|what to read next|up next|around the web|from the web|sponsored stories|promoted stories|other articles|other stories|similar posts|similar articles|previous posts|archives|archive|blog archive|categories|tags|popular tags|tag cloud|more articles|top articles|hot topics|headlines|top headlines|news feed|more headlines|in other news|elsewhere|previously|next up|watch next|keep reading|continue reading|slideshow|loading slideshow|photo gallery|more photos|more videos"),
        Group(.related, .start, "en", "also on|more from|more on|related news on|related stories on|loading slideshow|read more:|read also:|see also:|related:|also read:|read next:|more:|recommended:|watch:|listen:|read:"),
        Group(.related, .line, "es", "artículos relacionados|noticias relacionadas|te puede interesar|te puede gustar|también te puede interesar|lo más leído|más leídas|más leído|lo último|últimas noticias|más información|lee también|leer más|ver también|relacionado|relacionados|recomendado|tendencias"),
        Group(.related, .start, "es", "lee también:|leer más:|ver también:|más información:|relacionado:"),
        Group(.related, .line, "fr", "articles similaires|articles liés|à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|les plus lus|plus lus|dernières actualités|à découvrir|sur le même sujet|vous aimerez aussi|recommandé|tendances"),
        Group(.related, .start, "fr", "à lire aussi:|a lire aussi:|lire aussi:|voir aussi:"),
        Group(.related, .line, "de", "ähnliche artikel|verwandte artikel|das könnte sie auch interessieren|auch interessant|mehr zum thema|meistgelesen|am meisten gelesen|neueste artikel|weitere artikel|lesen sie auch|mehr lesen|weiterlesen|empfohlen|aktuelles"),
        Group(.related, .start, "de", "lesen sie auch:|mehr zum thema:|auch interessant:"),
        Group(.related, .line, "it", "articoli correlati|potrebbe interessarti|ti potrebbe interessare|leggi anche|più letti|i più letti|ultime notizie|potrebbe piacerti anche|correlati|leggi di più"),
        Group(.related, .start, "it", "leggi anche:"),
        Group(.related, .line, "pt", "artigos relacionados|notícias relacionadas|você também pode gostar|leia também|leia mais|mais lidas|mais lidos|últimas notícias|relacionados|veja também|recomendado"),
        Group(.related, .start, "pt", "leia também:|leia mais:|veja também:"),
        Group(.related, .line, "ru", "похожие статьи|похожие новости|читайте также|читать также|популярное|самое читаемое|последние новости|рекомендуем|по теме|смотрите также|другие новости|еще по теме|ещё по теме"),
        Group(.related, .start, "ru", "читайте также:|по теме:|смотрите также:"),

        // MARK: - Navigation: previous/next, home, menus, pagination
        Group(.navigation, .line, "en", "previous|next|previous article|next article|previous post|next post|previous story|next story|« previous|next »|older post|newer post|older posts|newer posts|older entries|newer entries|newer post older post home|back to top|top|go to top|back|back to blog|« back to blog|home|homepage|menu|main menu|close|open|toggle navigation|skip to content|skip to main content|skip to navigation|jump to navigation|search|search for:|go|sections|navigation|more|less|show more|show less|view all|see all|see more|view more|load more|all|about|about us|contact|contact us|faq|help|jobs|careers|advertise|advertising|advertise with us|media kit|site index|log in|login|log out|logout|sign in|sign out|register|my account|account|profile|my profile|edit|page|of|page 1|first|last|prev|print edition|e-edition|mobile|mobile site|full site|desktop version|view desktop site|switch to mobile|english|español|français|deutsch|italiano|português|русский|edition|select edition|news|video|videos|photos|photo|gallery|images|image|audio|podcast|podcasts|blogs|blog|opinion|world|business|technology|sports|sport|entertainment|health|science|politics|lifestyle|travel|culture|arts|style|food|weather|local|national|international|economy|markets|tech|us|u.s.|uk|europe|asia|africa|americas|middle east|autos|real estate|obituaries|classifieds|education|environment|books|music|movies|tv|television|fashion|home & garden|shopping|deals|games|puzzles|crosswords|horoscopes|contributors|authors|staff|our team|team|events|store|shop|donate|membership|resources|tools|topics|directory|index|rss feeds|feeds|widgets|apps|mobile apps|newsroom|press|press releases|partners|subscriptions|manage subscription|customer service|support center|corrections|ethics|masthead|policies|newest first|oldest first|threaded|flat|expanded|collapsed"),
        Group(.navigation, .line, "es", "anterior|siguiente|artículo anterior|artículo siguiente|inicio|portada|menú|buscar|cerrar|ver más|volver arriba|contacto|quiénes somos|noticias|política|economía|deportes|cultura|sociedad|internacional|opinión|tecnología|ciencia|salud|entrar|iniciar sesión|registrarse"),
        Group(.navigation, .line, "fr", "précédent|suivant|article précédent|article suivant|accueil|rechercher|fermer|voir plus|haut de page|retour en haut|contact|qui sommes-nous|actualités|politique|économie|sport|culture|société|international|opinions|sciences|santé|se connecter|connexion|s'inscrire"),
        Group(.navigation, .line, "de", "zurück|weiter|vorheriger artikel|nächster artikel|startseite|suche|suchen|schließen|mehr anzeigen|nach oben|kontakt|über uns|nachrichten|politik|wirtschaft|sport|kultur|gesellschaft|wissen|meinung|panorama|anmelden|einloggen|registrieren"),
        Group(.navigation, .line, "it", "precedente|successivo|articolo precedente|articolo successivo|home page|cerca|chiudi|mostra di più|torna su|contatti|chi siamo|notizie|politica|economia|sport|cultura|cronaca|esteri|accedi|registrati"),
        Group(.navigation, .line, "pt", "anterior|próximo|artigo anterior|próximo artigo|início|página inicial|buscar|pesquisar|fechar|ver mais|voltar ao topo|contato|contacto|quem somos|notícias|política|economia|esportes|desporto|cultura|mundo|entrar|cadastre-se"),
        Group(.navigation, .line, "ru", "назад|далее|вперед|предыдущая статья|следующая статья|главная|поиск|найти|закрыть|показать еще|наверх|контакты|о нас|новости|политика|экономика|спорт|культура|общество|в мире|войти|регистрация"),

        // MARK: - Tag, category and filing lines
        Group(.tags, .start, "en", "tags:|tagged:|tagged with|tagged as|filed under|filed in|posted in|categories:|category:|topics:|keywords:|labels:|more on:|related topics:|topics"),
        Group(.tags, .start, "es", "etiquetas:|categorías:|categoría:|temas:|archivado en"),
        Group(.tags, .start, "fr", "mots-clés:|mots clés:|étiquettes:|catégories:|catégorie:|thèmes:|classé dans"),
        Group(.tags, .start, "de", "schlagwörter:|schlagworte:|kategorien:|kategorie:|themen:|stichwörter:"),
        Group(.tags, .start, "it", "tag:|categorie:|categoria:|argomenti:"),
        Group(.tags, .start, "pt", "etiquetas:|categorias:|categoria:|tópicos:|marcadores:"),
        Group(.tags, .start, "ru", "теги:|метки:|рубрики:|рубрика:|категория:|ключевые слова:"),

        // MARK: - Copyright and disclaimers
        Group(.copyright, .anywhere, "en", "all rights reserved|copyright ©|(c) copyright|© copyright|without permission|without prior written permission|may not be reproduced|may not be republished|may be disseminated|may not be copied|may not be published, broadcast|origin is credited|is not responsible for the content of external|not responsible for the content of external sites|does not necessarily imply|do not necessarily reflect|do not necessarily represent|not under our control|endorse the views|views expressed|affiliate links|affiliate commission|we may earn a commission|may earn a commission|powered by wordpress|proudly powered by|powered by blogger|design by|designed by|theme by|hosted by|a division of|a subsidiary of|registered trademark|trademarks of|for your personal, non-commercial use only|personal, non-commercial use|order reprints|order a reprint|reprints & permissions|reprint rights|licensed under a creative commons|is registered under and subject to the creative commons"),
        Group(.copyright, .start, "en", "©|copyright|(c) 19|(c) 20|disclaimer:"),
        Group(.copyright, .anywhere, "es", "todos los derechos reservados|queda prohibida la reproducción|prohibida su reproducción"),
        Group(.copyright, .anywhere, "fr", "tous droits réservés|reproduction interdite|toute reproduction"),
        Group(.copyright, .anywhere, "de", "alle rechte vorbehalten|nachdruck nur mit|ohne genehmigung"),
        Group(.copyright, .anywhere, "it", "tutti i diritti riservati|riproduzione riservata|vietata la riproduzione"),
        Group(.copyright, .anywhere, "pt", "todos os direitos reservados|proibida a reprodução"),
        Group(.copyright, .anywhere, "ru", "все права защищены|перепечатка материалов|при использовании материалов|ссылка на источник обязательна"),

        // MARK: - Summary and reading-aid prompts
        Group(.readingAid, .line, "en", "no time to read?|get a summary|summary|listen to this article|listen to article|listen|reading time|min read|minute read|minutes read|audio version|read in app|open in app|get the app|download the app|show summary|hide summary|translate|translated by|auto-translated|now you can see non-english news...|now you can see non-english news"),
        Group(.readingAid, .anywhere, "en", "no time to read|get a summary|minute read|min read|listen to this article|download our app|get our app"),
        Group(.readingAid, .line, "es", "escuchar|tiempo de lectura|minutos de lectura|resumen"),
        Group(.readingAid, .line, "fr", "écouter|temps de lecture|min de lecture|résumé"),
        Group(.readingAid, .line, "de", "vorlesen|lesezeit|min lesezeit|zusammenfassung"),
        Group(.readingAid, .line, "it", "ascolta|tempo di lettura|minuti di lettura|riassunto"),
        Group(.readingAid, .line, "pt", "ouvir|tempo de leitura|minutos de leitura|resumo"),
        Group(.readingAid, .line, "ru", "слушать|время чтения|мин чтения|краткое содержание"),
        Group(.readingAid, .anywhere, "es", "no tienes tiempo para leer|no tiene tiempo para leer|obtén un resumen|obtenga un resumen"),
        Group(.readingAid, .anywhere, "fr", "pas le temps de lire|obtenez un résumé|obtenir un résumé"),
        Group(.readingAid, .anywhere, "de", "keine zeit zum lesen|zusammenfassung erhalten|zusammenfassung anzeigen"),
        Group(.readingAid, .anywhere, "it", "non hai tempo di leggere|non ha tempo di leggere|ottieni un riassunto"),
        Group(.readingAid, .anywhere, "pt", "não tem tempo para ler|sem tempo para ler|obtenha um resumo|receba um resumo"),
        Group(.readingAid, .anywhere, "ru", "нет времени читать|нет времени на чтение|получить краткое содержание"),

        // MARK: - Advertising
        Group(.advertising, .line, "en", "advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promotion|story continues below advertisement|article continues below|continue reading below|continue reading the main story|skip advertisement|ad feedback|report this ad|close ad"),
        Group(.advertising, .line, "es", "publicidad|anuncio|contenido patrocinado|patrocinado"),
        Group(.advertising, .line, "fr", "publicité|annonce|contenu sponsorisé|sponsorisé"),
        Group(.advertising, .line, "de", "anzeige|werbung|gesponsert"),
        Group(.advertising, .line, "it", "pubblicità|annuncio|contenuto sponsorizzato|sponsorizzato"),
        Group(.advertising, .line, "pt", "publicidade|anúncio|patrocinado|conteúdo patrocinado"),
        Group(.advertising, .line, "ru", "реклама|на правах рекламы|партнерский материал"),

        // MARK: - Media credits ("Source: KREMLIN.RU", "Photo: …") on short lines
        Group(.credit, .start, "en", "source:|photo:|photograph:|photo credit:|photos:|image:|image credit:|credit:|credits:|picture:|illustration:|video:|getty images|ap photo|reuters/|afp/|(photo:|(image:|file photo"),
        Group(.credit, .start, "es", "fuente:|foto:|fotografía:|imagen:|crédito:"),
        Group(.credit, .start, "fr", "source :|photo :|crédit :|crédits :|image :"),
        Group(.credit, .start, "de", "quelle:|foto:|bild:|bildquelle:"),
        Group(.credit, .start, "it", "fonte:|foto:|immagine:"),
        Group(.credit, .start, "pt", "fonte:|foto:|imagem:|crédito:"),
        Group(.credit, .start, "ru", "источник:|фото:|фотография:|иллюстрация:"),

        // MARK: - Scraper field names that leak into text
        Group(.fieldName, .line, "en", "title_variants|title|og:title|og:description|og:image|meta_description|description|keywords|canonical_url|author_name|published_time|modified_time|article:published_time|twitter:card|twitter:title|null|undefined|nan|none|[object object]"),
    ]
}

/// What a boilerplate phrase signals; the raw value is the rule name in logs and reports.
public enum BoilerplateKind: String, Sendable, CaseIterable {
    case support = "support_prompt"
    case commentPrompt = "comment_prompt"
    case commentSection = "comment_section"
    case share = "share_follow"
    case newsletter = "newsletter"
    case paywall = "subscription_wall"
    case legal = "legal_notice"
    case related = "related_block"
    case navigation = "navigation"
    case tags = "tag_list"
    case copyright = "copyright"
    case readingAid = "reading_aid"
    case advertising = "advertising"
    case credit = "media_credit"
    case fieldName = "field_name"
    case custom = "custom_phrase"
}

extension BoilerplateKind {
    /// A distinct bit position per kind, for bit sets.
    var bit: UInt32 {
        switch self {
        case .support: 0
        case .commentPrompt: 1
        case .commentSection: 2
        case .share: 3
        case .newsletter: 4
        case .paywall: 5
        case .legal: 6
        case .related: 7
        case .navigation: 8
        case .tags: 9
        case .copyright: 10
        case .readingAid: 11
        case .advertising: 12
        case .credit: 13
        case .fieldName: 14
        case .custom: 15
        }
    }
}
