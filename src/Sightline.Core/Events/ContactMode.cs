namespace Sightline.Core.Events;

/// <summary>How a practitioner made contact. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum ContactMode
{
    /// <summary><c>home-visit</c></summary>
    HomeVisit,
    /// <summary><c>clinic</c></summary>
    Clinic,
    /// <summary><c>phone</c></summary>
    Phone,
    /// <summary><c>virtual</c></summary>
    Virtual,
}
