namespace Sightline.Core.Events;

/// <summary>The kind of child protection conference. Written on the wire in kebab case (see <see cref="Sightline.Core.Vocabulary.Wire"/>).</summary>
public enum ConferenceType
{
    /// <summary><c>initial</c></summary>
    Initial,
    /// <summary><c>review</c></summary>
    Review,
    /// <summary><c>transfer-in</c></summary>
    TransferIn,
    /// <summary><c>pre-birth</c></summary>
    PreBirth,
}
