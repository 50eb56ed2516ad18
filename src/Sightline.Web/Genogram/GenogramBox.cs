using Sightline.Web.Children;

namespace Sightline.Web.Genogram;

/// <summary>A person placed in the genogram, with the lines of text their box shows (already cut to fit).</summary>
/// <param name="Member">Who, with everything known about them.</param>
/// <param name="X">The box's left edge.</param>
/// <param name="Y">The box's top edge.</param>
/// <param name="IsSubject">True for the child whose page it is.</param>
/// <param name="Lines">The text lines under the name: relationship and age, then risk facts.</param>
/// <param name="KnownToLine">Which agencies know them, the box's last line.</param>
internal sealed record GenogramBox(FamilyMember Member, int X, int Y, bool IsSubject, IReadOnlyList<string> Lines, string KnownToLine)
{
    /// <summary>The name, cut to fit the box.</summary>
    public string Name => GenogramLayout.Fit(Member.Person.Name, GenogramLayout.NameCharacters);

    /// <summary>The box's CSS classes: household or elsewhere, child or adult, the subject, an unseen adult.</summary>
    public string Classes =>
        string.Join(' ', new[]
        {
            "app-genogram__person",
            Member.LivesWithChild ? "app-genogram__person--household" : "app-genogram__person--elsewhere",
            IsSubject ? "app-genogram__person--subject" : null,
            Member.IsUnseen ? "app-genogram__person--unseen" : null,
        }.OfType<string>());
}
