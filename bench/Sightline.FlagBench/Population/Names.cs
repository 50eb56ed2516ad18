namespace Sightline.FlagBench.Population;

/// <summary>Common English given names and surnames, to make names that compare as real ones do.</summary>
internal static class Names
{
    public static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie", "Sophia", "Isabella", "Grace",
        "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe", "Sofia", "Evie", "Charlotte", "Harper", "Millie",
        "Matilda", "Maya", "Sophie", "Alice", "Emilia", "Isabelle", "Ruby", "Luna", "Maisie", "Aria", "Penelope", "Mila", "Bonnie",
        "Eva", "Hallie", "Eliza", "Ada", "Violet", "Esme", "Arabella", "Imogen", "Jessica", "Delilah", "Thea", "Layla", "Lottie",
        "Margaret", "Elizabeth", "Katherine", "Rebecca", "Hannah", "Chloe", "Megan",
    ];

    public static readonly string[] Boys =
    [
        "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore", "Freddie", "Jack",
        "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "William", "Lucas", "Roman", "Tommy", "Isaac", "Teddy",
        "Alexander", "Luca", "Edward", "James", "Joshua", "Albie", "Elijah", "Max", "Mason", "Reuben", "Rory", "Hugo", "Ezra",
        "Samuel", "Benjamin", "Daniel", "Joseph", "Louie", "Sebastian", "Ethan", "Harrison", "Jude", "Frankie", "Toby", "Ronnie",
        "Robert", "Michael", "David", "Matthew", "Liam", "Adam", "Ryan", "Dylan", "Jayden",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
        "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
        "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
        "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
        "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
        "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
        "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray",
        "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
        "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
        "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant",
        "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory",
        "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins",
        "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean",
        "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross",
        "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson",
        "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin",
    ];

    public static readonly string[] Reasons =
    [
        "head injury after a fall", "breathing difficulty", "high temperature", "burn to the hand", "swallowed a battery", "fracture of the wrist",
        "vomiting and diarrhoea", "rash and fever", "cut to the forehead", "asthma attack", "bruising to the face", "unsettled and crying",
    ];
}
