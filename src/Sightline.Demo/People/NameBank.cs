namespace Sightline.Demo.People;

/// <summary>
/// Small lists of common English first names and surnames. Shipped as data rather than taken from a
/// faker library so that a name depends only on the seed, never on a library's version.
/// </summary>
internal static class NameBank
{
    private static readonly string[] Girls =
    [
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Poppy",
        "Sophia", "Willow", "Evie", "Grace", "Ella", "Rosie", "Daisy", "Millie", "Phoebe", "Ruby",
        "Chloe", "Jessica", "Emily", "Hannah", "Megan", "Leah", "Lauren", "Amber", "Courtney", "Shannon",
        "Kayleigh", "Jade", "Stacey", "Gemma", "Danielle", "Natalie", "Rebecca", "Charlotte", "Holly", "Abigail",
        "Zara", "Aisha", "Maryam", "Sienna", "Harper", "Layla", "Esme", "Maisie", "Nia", "Caitlin",
    ];

    private static readonly string[] Boys =
    [
        "Oliver", "George", "Noah", "Arthur", "Leo", "Muhammad", "Harry", "Oscar", "Archie", "Henry",
        "Theo", "Freddie", "Jack", "Charlie", "Alfie", "Jacob", "Thomas", "Finley", "Reggie", "Tommy",
        "Daniel", "Ryan", "Liam", "Connor", "Jordan", "Kyle", "Callum", "Lewis", "Jamie", "Dean",
        "Craig", "Lee", "Scott", "Jason", "Wayne", "Aaron", "Nathan", "Bradley", "Ashley", "Shane",
        "Ibrahim", "Yusuf", "Kai", "Reuben", "Elliot", "Joshua", "Owen", "Rhys", "Mason", "Tyler",
    ];

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Harrison", "Turner", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
        "Baker", "Harris", "Lewis", "Martin", "Allen", "Young", "Scott", "Mitchell", "Kelly", "Carter",
        "Hughes", "Parker", "Shaw", "Bennett", "Fletcher", "Holmes", "Marsh", "Pearce", "Ahmed", "Khan",
        "Begum", "Hussain", "Patel", "Singh", "Nowak", "Kowalski", "Okafor", "Mensah", "Campbell", "Murray",
        "Stevens", "Palmer", "Barker", "Hunt", "Dixon", "Webb", "Lloyd", "Ellis", "Rowe", "Fox",
    ];

    public static string GirlsName(Random random) => Girls[random.Next(Girls.Length)];

    public static string BoysName(Random random) => Boys[random.Next(Boys.Length)];

    public static string Surname(Random random) => Surnames[random.Next(Surnames.Length)];
}
