// The word lists the synthetic catalogue is built from (catalogue_generator.hpp): parts of
// company and product names, people's names, positions, regions and markets, each in Russian and
// English. Changing a list changes what every seed generates.
#pragma once

#include <string_view>

namespace attache::app::words {

struct Pair {
  std::string_view ru;
  std::string_view en;
};

// Company names: a stem, a suffix and sometimes a third word ("Технософт Групп", "Technosoft
// Group"). About 60 x 40 x 20 names, so twenty thousand stay distinct.
inline constexpr Pair kStems[] = {
    {"Инфо", "Info"},
    {"Техно", "Techno"},
    {"Дата", "Data"},
    {"Кибер", "Cyber"},
    {"Нейро", "Neuro"},
    {"Гео", "Geo"},
    {"Теле", "Tele"},
    {"Сигма", "Sigma"},
    {"Альфа", "Alfa"},
    {"Вектор", "Vektor"},
    {"Квант", "Kvant"},
    {"Логос", "Logos"},
    {"Прайм", "Prime"},
    {"Интел", "Intel"},
    {"Мета", "Meta"},
    {"Омега", "Omega"},
    {"Астра", "Astra"},
    {"Вега", "Vega"},
    {"Орион", "Orion"},
    {"Полюс", "Polyus"},
    {"Север", "Sever"},
    {"Диджи", "Digi"},
    {"Смарт", "Smart"},
    {"Сетевые", "Net"},
    {"Крипто", "Crypto"},
    {"Радио", "Radio"},
    {"Микро", "Micro"},
    {"Электро", "Electro"},
    {"Спектр", "Spektr"},
    {"Импульс", "Impuls"},
    {"Ракурс", "Rakurs"},
    {"Фактор", "Faktor"},
    {"Паритет", "Paritet"},
    {"Эталон", "Etalon"},
    {"Атлас", "Atlas"},
    {"Горизонт", "Gorizont"},
    {"Магистраль", "Magistral"},
    {"Форпост", "Forpost"},
    {"Зенит", "Zenit"},
    {"Кристалл", "Kristall"},
    {"Аврора", "Avrora"},
    {"Байт", "Byte"},
    {"Бит", "Bit"},
    {"Код", "Code"},
    {"Облако", "Oblako"},
    {"Линия", "Liniya"},
    {"Ресурс", "Resurs"},
    {"Модуль", "Modul"},
    {"Протон", "Proton"},
    {"Нейтрино", "Neutrino"},
    {"Лазер", "Laser"},
    {"Фотон", "Foton"},
    {"Синтез", "Sintez"},
    {"Компас", "Kompas"},
    {"Маяк", "Mayak"},
    {"Парус", "Parus"},
    {"Титан", "Titan"},
    {"Гранит", "Granit"},
    {"Сапфир", "Sapfir"},
    {"Изумруд", "Izumrud"},
};
inline constexpr Pair kSuffixes[] = {
    {"софт", "soft"},
    {"систем", "system"},
    {"тех", "tech"},
    {"лаб", "lab"},
    {"сервис", "service"},
    {"ком", "com"},
    {"нет", "net"},
    {"трек", "track"},
    {"линк", "link"},
    {"про", "pro"},
    {"метрика", "metrika"},
    {"скан", "scan"},
    {"граф", "graph"},
    {"док", "doc"},
    {"телеком", "telecom"},
    {"медиа", "media"},
    {"инжиниринг", "engineering"},
    {"консалт", "consult"},
    {"интеграция", "integration"},
    {"безопасность", "security"},
    {"аналитика", "analytics"},
    {"вижн", "vision"},
    {"логистик", "logistic"},
    {"плат", "plat"},
    {"ворк", "work"},
    {"форм", "form"},
    {"точка", "tochka"},
    {"поток", "potok"},
    {"ген", "gen"},
    {"сфера", "sfera"},
    {"центр", "center"},
    {"стек", "stack"},
    {"код", "code"},
    {"ай", "ai"},
    {"бокс", "box"},
    {"хаб", "hub"},
    {"гард", "guard"},
    {"сенс", "sense"},
    {"вэй", "way"},
    {"мастер", "master"},
};
inline constexpr Pair kThirdWords[] = {
    {"Групп", "Group"},
    {"Решения", "Solutions"},
    {"Плюс", "Plus"},
    {"Регион", "Region"},
    {"Урал", "Ural"},
    {"Сибирь", "Siberia"},
    {"Волга", "Volga"},
    {"Нева", "Neva"},
    {"Восток", "Vostok"},
    {"Юг", "Yug"},
    {"Технологии", "Technologies"},
    {"Системы", "Systems"},
    {"Лаборатория", "Laboratory"},
    {"Разработка", "Development"},
    {"Инновации", "Innovations"},
    {"Цифра", "Tsifra"},
    {"Интеграция", "Integration"},
    {"Проект", "Project"},
    {"Электроника", "Electronics"},
    {"Девелопмент", "Development Lab"},
};

// Legal forms of domestic organisations: how the name is written in each language.
struct LegalForm {
  std::string_view ru;  // before the name in «»
  std::string_view en;  // after the name
  int weight;
};
inline constexpr LegalForm kLegalForms[] = {
    {"ООО", "LLC", 80},
    {"АО", "JSC", 16},
    {"ПАО", "PJSC", 4},
};

// Regions of the headquarters, with the first two digits of INNs registered there and a weight
// (IT companies gather in the two capitals).
struct Region {
  std::string_view code;  // ISO 3166-2
  std::string_view tax_code;
  Pair city;
  Pair name;
  int weight;
};
inline constexpr Region kRegions[] = {
    {"RU-MOW", "77", {"Москва", "Moscow"}, {"Москва", "Moscow"}, 420},
    {"RU-SPE",
     "78",
     {"Санкт-Петербург", "Saint Petersburg"},
     {"Санкт-Петербург", "Saint Petersburg"},
     150},
    {"RU-MOS", "50", {"Красногорск", "Krasnogorsk"}, {"Московская область", "Moscow Oblast"}, 40},
    {"RU-TA", "16", {"Казань", "Kazan"}, {"Республика Татарстан", "Republic of Tatarstan"}, 45},
    {"RU-NVS",
     "54",
     {"Новосибирск", "Novosibirsk"},
     {"Новосибирская область", "Novosibirsk Oblast"},
     40},
    {"RU-SVE",
     "66",
     {"Екатеринбург", "Yekaterinburg"},
     {"Свердловская область", "Sverdlovsk Oblast"},
     40},
    {"RU-NIZ",
     "52",
     {"Нижний Новгород", "Nizhny Novgorod"},
     {"Нижегородская область", "Nizhny Novgorod Oblast"},
     30},
    {"RU-TOM", "70", {"Томск", "Tomsk"}, {"Томская область", "Tomsk Oblast"}, 20},
    {"RU-KDA", "23", {"Краснодар", "Krasnodar"}, {"Краснодарский край", "Krasnodar Krai"}, 20},
    {"RU-SAM", "63", {"Самара", "Samara"}, {"Самарская область", "Samara Oblast"}, 20},
    {"RU-BA", "02", {"Уфа", "Ufa"}, {"Республика Башкортостан", "Republic of Bashkortostan"}, 15},
    {"RU-PER", "59", {"Пермь", "Perm"}, {"Пермский край", "Perm Krai"}, 15},
    {"RU-ROS",
     "61",
     {"Ростов-на-Дону", "Rostov-on-Don"},
     {"Ростовская область", "Rostov Oblast"},
     15},
    {"RU-VOR", "36", {"Воронеж", "Voronezh"}, {"Воронежская область", "Voronezh Oblast"}, 12},
    {"RU-CHE",
     "74",
     {"Челябинск", "Chelyabinsk"},
     {"Челябинская область", "Chelyabinsk Oblast"},
     12},
    {"RU-KYA", "24", {"Красноярск", "Krasnoyarsk"}, {"Красноярский край", "Krasnoyarsk Krai"}, 10},
    {"RU-IRK", "38", {"Иркутск", "Irkutsk"}, {"Иркутская область", "Irkutsk Oblast"}, 8},
    {"RU-OMS", "55", {"Омск", "Omsk"}, {"Омская область", "Omsk Oblast"}, 8},
    {"RU-KGD",
     "39",
     {"Калининград", "Kaliningrad"},
     {"Калининградская область", "Kaliningrad Oblast"},
     8},
    {"RU-YAR", "76", {"Ярославль", "Yaroslavl"}, {"Ярославская область", "Yaroslavl Oblast"}, 8},
    {"RU-ULY", "73", {"Ульяновск", "Ulyanovsk"}, {"Ульяновская область", "Ulyanovsk Oblast"}, 6},
    {"RU-TUL", "71", {"Тула", "Tula"}, {"Тульская область", "Tula Oblast"}, 5},
    {"RU-SAR", "64", {"Саратов", "Saratov"}, {"Саратовская область", "Saratov Oblast"}, 5},
    {"RU-PRI", "25", {"Владивосток", "Vladivostok"}, {"Приморский край", "Primorsky Krai"}, 5},
};

// Foreign markets, weighted towards the countries where the service has attachés.
struct Market {
  std::string_view country;
  std::string_view language;  // ISO 639-1, what interfaces and contacts there use
  int weight;
};
inline constexpr Market kMarkets[] = {
    {"VN", "vi", 60}, {"AE", "ar", 50}, {"IN", "hi", 45}, {"EG", "ar", 35}, {"KZ", "kk", 45},
    {"UZ", "uz", 40}, {"TR", "tr", 30}, {"MY", "ms", 25}, {"ID", "id", 25}, {"TH", "th", 20},
    {"CN", "zh", 35}, {"ZA", "en", 15}, {"AR", "es", 12}, {"AM", "hy", 20}, {"MA", "ar", 10},
    {"IR", "fa", 15}, {"PK", "ur", 8},  {"CU", "es", 8},  {"TM", "tk", 8},  {"BY", "be", 30},
    {"KG", "ky", 20}, {"TJ", "tg", 12}, {"AZ", "az", 12}, {"SA", "ar", 15}, {"BR", "pt", 10},
    {"RS", "sr", 8},  {"MN", "mn", 8},  {"DZ", "ar", 6},  {"ET", "am", 5},  {"NG", "en", 5},
    {"LA", "lo", 5},  {"MM", "my", 4},  {"BD", "bn", 5},  {"LK", "si", 3},  {"QA", "ar", 5},
    {"BH", "ar", 3},  {"OM", "ar", 3},  {"VE", "es", 4},  {"NI", "es", 2},  {"KE", "sw", 3},
};

// Foreign company names: English words only, with the legal form of the country group.
inline constexpr std::string_view kForeignStems[] = {
    "Saigon",  "Delta",    "Lotus",  "Nile",   "Pearl",   "Falcon", "Orient",
    "Horizon", "Crescent", "Sun",    "Golden", "Jade",    "Silk",   "Atlas",
    "Summit",  "Oasis",    "Mekong", "Andes",  "Sahara",  "Coral",  "Bamboo",
    "Cedar",   "Monsoon",  "Harbor", "Unity",  "Pioneer", "Nova",   "Zenith",
};
inline constexpr std::string_view kForeignSuffixes[] = {
    "Tech", "Soft",  "Digital", "Systems",  "Networks",    "Solutions", "Data",
    "Labs", "Cloud", "Telecom", "Infotech", "Informatics", "Smart",     "Computing",
};
inline constexpr std::string_view kForeignRegions[] = {
    "International", "Global", "Asia", "Middle East", "Africa", "Pacific", "Gulf", "Eurasia",
};
inline constexpr std::string_view kForeignForms[] = {
    "LLC", "Ltd", "Co., Ltd", "JSC", "Pvt Ltd", "Sdn Bhd", "FZ-LLC", "S.A.", "PT", "Group",
};

// People.
struct Person {
  std::string_view ru;
  std::string_view ru_female;  // the feminine form; empty: the same
  std::string_view en;
};
inline constexpr Person kMaleNames[] = {
    {"Александр", "", "Alexander"}, {"Дмитрий", "", "Dmitry"},  {"Сергей", "", "Sergey"},
    {"Андрей", "", "Andrey"},       {"Алексей", "", "Alexey"},  {"Михаил", "", "Mikhail"},
    {"Иван", "", "Ivan"},           {"Николай", "", "Nikolay"}, {"Павел", "", "Pavel"},
    {"Максим", "", "Maxim"},        {"Артём", "", "Artyom"},    {"Роман", "", "Roman"},
    {"Евгений", "", "Evgeny"},      {"Олег", "", "Oleg"},       {"Игорь", "", "Igor"},
    {"Владимир", "", "Vladimir"},   {"Кирилл", "", "Kirill"},   {"Тимур", "", "Timur"},
    {"Руслан", "", "Ruslan"},       {"Ильдар", "", "Ildar"},
};
inline constexpr Person kFemaleNames[] = {
    {"Анна", "", "Anna"},        {"Елена", "", "Elena"},         {"Ольга", "", "Olga"},
    {"Наталья", "", "Natalia"},  {"Мария", "", "Maria"},         {"Татьяна", "", "Tatiana"},
    {"Ирина", "", "Irina"},      {"Екатерина", "", "Ekaterina"}, {"Светлана", "", "Svetlana"},
    {"Юлия", "", "Yulia"},       {"Дарья", "", "Daria"},         {"Алина", "", "Alina"},
    {"Ксения", "", "Ksenia"},    {"Виктория", "", "Victoria"},   {"Анастасия", "", "Anastasia"},
    {"Гульнара", "", "Gulnara"},
};
inline constexpr Person kSurnames[] = {
    {"Иванов", "Иванова", "Ivanov"},        {"Смирнов", "Смирнова", "Smirnov"},
    {"Кузнецов", "Кузнецова", "Kuznetsov"}, {"Попов", "Попова", "Popov"},
    {"Васильев", "Васильева", "Vasiliev"},  {"Петров", "Петрова", "Petrov"},
    {"Соколов", "Соколова", "Sokolov"},     {"Михайлов", "Михайлова", "Mikhailov"},
    {"Новиков", "Новикова", "Novikov"},     {"Фёдоров", "Фёдорова", "Fedorov"},
    {"Морозов", "Морозова", "Morozov"},     {"Волков", "Волкова", "Volkov"},
    {"Алексеев", "Алексеева", "Alekseev"},  {"Лебедев", "Лебедева", "Lebedev"},
    {"Семёнов", "Семёнова", "Semenov"},     {"Егоров", "Егорова", "Egorov"},
    {"Павлов", "Павлова", "Pavlov"},        {"Козлов", "Козлова", "Kozlov"},
    {"Степанов", "Степанова", "Stepanov"},  {"Николаев", "Николаева", "Nikolaev"},
    {"Орлов", "Орлова", "Orlov"},           {"Андреев", "Андреева", "Andreev"},
    {"Макаров", "Макарова", "Makarov"},     {"Никитин", "Никитина", "Nikitin"},
    {"Захаров", "Захарова", "Zakharov"},    {"Зайцев", "Зайцева", "Zaitsev"},
    {"Соловьёв", "Соловьёва", "Solovyov"},  {"Борисов", "Борисова", "Borisov"},
    {"Яковлев", "Яковлева", "Yakovlev"},    {"Григорьев", "Григорьева", "Grigoriev"},
    {"Романов", "Романова", "Romanov"},     {"Воробьёв", "Воробьёва", "Vorobyov"},
    {"Сергеев", "Сергеева", "Sergeev"},     {"Кузьмин", "Кузьмина", "Kuzmin"},
    {"Фролов", "Фролова", "Frolov"},        {"Александров", "Александрова", "Alexandrov"},
    {"Галиев", "Галиева", "Galiev"},        {"Хабибуллин", "Хабибуллина", "Khabibullin"},
    {"Белов", "Белова", "Belov"},           {"Тарасов", "Тарасова", "Tarasov"},
};
// Patronymics: masculine and feminine forms.
inline constexpr Person kPatronymics[] = {
    {"Александрович", "Александровна", ""}, {"Дмитриевич", "Дмитриевна", ""},
    {"Сергеевич", "Сергеевна", ""},         {"Андреевич", "Андреевна", ""},
    {"Алексеевич", "Алексеевна", ""},       {"Михайлович", "Михайловна", ""},
    {"Иванович", "Ивановна", ""},           {"Николаевич", "Николаевна", ""},
    {"Викторович", "Викторовна", ""},       {"Юрьевич", "Юрьевна", ""},
    {"Владимирович", "Владимировна", ""},   {"Петрович", "Петровна", ""},
};
inline constexpr std::string_view kForeignGivenNames[] = {
    "Minh",   "Linh",  "Ahmed", "Fatima",  "Rahul",   "Priya", "Aziz",   "Dilnoza",
    "Mehmet", "Ayse",  "Siti",  "Budi",    "Somchai", "Wei",   "Li",     "Thabo",
    "Carlos", "Lucia", "Arman", "Aigerim", "Omar",    "Layla", "Nguyen", "Hassan",
};
inline constexpr std::string_view kForeignFamilyNames[] = {
    "Nguyen",    "Tran",  "Al-Mansouri", "Hassan",    "Sharma",    "Patel", "Karimov", "Yusupova",
    "Yilmaz",    "Demir", "Rahman",      "Santoso",   "Wongsakul", "Zhang", "Wang",    "Mokoena",
    "Fernandez", "Gomez", "Sargsyan",    "Nurlanova", "Haddad",    "Saleh",
};

inline constexpr Pair kPositions[] = {
    {"Генеральный директор", "Chief Executive Officer"},
    {"Директор по развитию бизнеса", "Business Development Director"},
    {"Руководитель направления экспорта", "Head of Export"},
    {"Технический директор", "Chief Technology Officer"},
    {"Коммерческий директор", "Commercial Director"},
    {"Менеджер по международным продажам", "International Sales Manager"},
    {"Руководитель отдела партнёрств", "Head of Partnerships"},
    {"Директор по международному сотрудничеству", "Director of International Cooperation"},
    {"Ведущий аналитик", "Lead Analyst"},
    {"Руководитель проекта", "Project Manager"},
    {"Пресс-секретарь", "Press Officer"},
    {"Советник", "Adviser"},
};

// Solutions: product words, by what they are, and the phrases their descriptions are built of.
inline constexpr Pair kProductWords[] = {
    {"Платформа", "Platform"}, {"Система", "System"},      {"Аналитика", "Analytics"},
    {"Облако", "Cloud"},       {"Защита", "Guard"},        {"Портал", "Portal"},
    {"Монитор", "Monitor"},    {"Шлюз", "Gateway"},        {"Контроль", "Control"},
    {"Документ", "Docs"},      {"Сервер", "Server"},       {"Офис", "Office"},
    {"Студия", "Studio"},      {"Навигатор", "Navigator"}, {"Реестр", "Registry"},
    {"Связь", "Connect"},      {"Учёт", "Ledger"},         {"Диспетчер", "Dispatcher"},
};
inline constexpr Pair kEditions[] = {
    {"", ""},
    {"", ""},
    {"", ""},
    {"Корпоративная", "Enterprise"},
    {"Про", "Pro"},
    {"2.0", "2.0"},
    {"Госсектор", "Gov"},
    {"Облачная", "Cloud Edition"},
};
inline constexpr Pair kFeatures[] = {
    {"Работает в облаке и на собственных серверах заказчика",
     "Runs in the cloud and on the customer's own servers"},
    {"Интегрируется с существующими информационными системами через открытые API",
     "Integrates with existing information systems through open APIs"},
    {"Масштабируется до десятков тысяч пользователей", "Scales to tens of thousands of users"},
    {"Поддерживает несколько языков интерфейса и часовых поясов",
     "Supports several interface languages and time zones"},
    {"Соответствует требованиям к защите персональных данных",
     "Meets personal data protection requirements"},
    {"Поставляется с обучением и технической поддержкой",
     "Comes with training and technical support"},
    {"Построена на отечественном программном стеке", "Built on a domestic software stack"},
    {"Включает мобильное приложение для полевых сотрудников",
     "Includes a mobile app for field staff"},
};
inline constexpr Pair kCustomers[] = {
    {"Правительство региона", "Regional government"},
    {"Городская администрация", "City administration"},
    {"Региональный оператор связи", "Regional telecom operator"},
    {"Государственный банк", "State-owned bank"},
    {"Министерство здравоохранения", "Ministry of Health"},
    {"Министерство образования", "Ministry of Education"},
    {"Национальный оператор электронного правительства", "National e-government operator"},
    {"Энергетическая компания", "Power utility"},
    {"Транспортная компания", "Transport company"},
    {"Промышленный холдинг", "Industrial holding"},
    {"Университет", "University"},
    {"Таможенная служба", "Customs service"},
};
inline constexpr std::string_view kScales[] = {
    "pilot",       "1 region",     "3 regions", "nationwide", "500 users",
    "5,000 users", "50,000 users", "12 sites",  "city-wide",  "",
};
inline constexpr std::string_view kCertifications[] = {
    "ФСТЭК России", "ФСБ России", "ISO/IEC 27001", "ISO 9001", "Common Criteria EAL4", "PCI DSS",
};

// Organisations that are not companies.
inline constexpr Pair kMinistries[] = {
    {"Министерство цифрового развития", "Ministry of Digital Development"},
    {"Министерство информационных технологий и связи",
     "Ministry of Information Technologies and "
     "Communications"},
    {"Министерство экономического развития", "Ministry of Economic Development"},
    {"Агентство по цифровой трансформации", "Digital Transformation Agency"},
    {"Комитет по информатизации", "Informatisation Committee"},
};
inline constexpr Pair kUniversityKinds[] = {
    {"Государственный университет", "State University"},
    {"Технический университет", "Technical University"},
    {"Политехнический университет", "Polytechnic University"},
    {"Университет информационных технологий", "University of Information Technologies"},
    {"Университет радиоэлектроники", "University of Radio Electronics"},
};
inline constexpr Pair kAssociationKinds[] = {
    {"Ассоциация разработчиков программного обеспечения", "Software Developers Association"},
    {"Деловой совет по цифровому сотрудничеству", "Business Council for Digital Cooperation"},
    {"Кластер информационных технологий", "Information Technology Cluster"},
    {"Союз экспортёров ИТ", "IT Exporters Union"},
};
inline constexpr Pair kInvestorKinds[] = {
    {"Венчурный фонд", "Venture Fund"},
    {"Фонд прямых инвестиций", "Private Equity Fund"},
    {"Фонд развития технологий", "Technology Development Fund"},
};

}  // namespace attache::app::words
