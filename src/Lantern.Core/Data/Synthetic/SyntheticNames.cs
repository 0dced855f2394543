namespace Lantern.Core.Data.Synthetic;

/// <summary>Name pools for generated families: common enough to make name searches realistic, mixed in origin.</summary>
internal static class SyntheticNames
{
    public static readonly string[] Male =
    [
        "James", "Daniel", "Ryan", "Craig", "Lee", "Mark", "Paul", "Jason", "Darren", "Liam", "Connor", "Nathan", "Dean", "Gary", "Imran",
        "Marek", "Tomasz", "Kwame", "Samuel", "Ahmed", "Bilal", "Callum", "Jordan", "Kieran", "Scott", "Stuart", "Wayne", "Aaron", "Adam", "Jamal",
    ];

    public static readonly string[] Female =
    [
        "Sarah", "Emma", "Laura", "Gemma", "Leanne", "Kerry", "Stacey", "Chloe", "Amy", "Jade", "Kayleigh", "Sadia", "Ola", "Fiona", "Dawn",
        "Shannon", "Tracey", "Nicola", "Amina", "Grace", "Joanne", "Claire", "Rachel", "Zainab", "Agnieszka", "Precious", "Hannah", "Lisa", "Natalie", "Rebecca",
    ];

    public static readonly string[] Children =
    [
        "Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "Noah", "Mia", "Leo", "Lily", "Oscar", "Ella", "Alfie", "Ruby", "Freddie", "Grace",
        "Archie", "Evie", "Charlie", "Sophie", "Ayaan", "Zofia", "Tyler", "Ellie", "Josh", "Megan", "Harvey", "Poppy", "Rory", "Maisie",
    ];

    public static readonly string[] Family =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White",
        "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Nowak", "Kowalski", "Mensah", "Okafor", "Campbell", "Stewart",
        "Murray", "Reid", "Quinn", "Byrne", "Doyle", "Hughes", "Price", "Marsh", "Cole", "Lowe", "Webb", "Dunn", "Ingram", "Fairley", "Harper",
        "Qureshi", "Bright", "Calder", "Whitlock", "Moss", "Burns", "Barker",
    ];

    public static readonly string[] Concerns =
    [
        "Police attended the home after a neighbour heard screaming; the father was arrested for assault on the mother.",
        "School reports the child is withdrawn and says she is scared of her father's shouting.",
        "Health visitor saw bruising to the mother; she said her partner checks her phone.",
        "Anonymous report of a young child left alone while the parents argue in the street.",
        "Mother disclosed to her GP that her partner controls all the money, including the child benefit.",
        "Probation notes a man on licence for domestic abuse has moved in with a mother of two young children.",
        "A&E attendance: child with a fractured wrist, account unclear; mother appeared frightened of her partner.",
        "School attendance has dropped; the child says he stays home to look after his mother.",
        "Father breached a non-molestation order by turning up at the nursery.",
        "Mother asks for help with her son's behaviour after her former partner's threats during contact handovers.",
    ];
}
