using System.Globalization;
using System.Text;
using Sightline.Core.Agencies;

namespace Sightline.Cli.Tests;

/// <summary>
/// CSV files from Eastfield health visiting for the import tests: a persons file of mothers and
/// babies (a household each) and a file of contacts with the babies.
/// </summary>
public static class ImportFiles
{
    public static readonly AgencyId Hv = new("cli.eastfield-hv");

    public static readonly AgencyId Csc = new("cli.eastfield-csc");

    public static string Persons(string folder, int families)
    {
        var text = new StringBuilder("id,role,sex,born,name,postcode,localAuthority,household,parents\n");
        for (var f = 0; f < families; f++)
        {
            text.Append(CultureInfo.InvariantCulture, $"M{f},mother,female,1996-03-04,\"Parent {f}, Eastfield\",EF1 2AB,Eastfield,H{f},\n");
            text.Append(CultureInfo.InvariantCulture, $"B{f},child,female,2025-06-01,Baby {f},EF1 2AB,Eastfield,H{f},M{f}\n");
        }
        return Write(folder, "persons.csv", text);
    }

    /// <summary><paramref name="perChild"/> contacts with each baby, a day apart, ids <c>c-F-N</c>.</summary>
    public static string Contacts(string folder, int families, int perChild)
    {
        var text = new StringBuilder("sourceId,date,subjects,mode,childSeen,note\n");
        var start = new DateOnly(2025, 9, 1);
        for (var f = 0; f < families; f++)
        {
            for (var n = 0; n < perChild; n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"c-{f}-{n},{start.AddDays(n):yyyy-MM-dd},B{f};M{f},home-visit,true,\"Visit {n}: weighed, \"\"well\"\"\"\n");
            }
        }
        return Write(folder, "contacts.csv", text);
    }

    private static string Write(string folder, string name, StringBuilder text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}
