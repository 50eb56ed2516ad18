namespace Sightline.Storage.Audit;

/// <summary>
/// What an audited actor did. Stored as its wire name (<c>sign-in-failed</c>), which is also what
/// the entry's hash covers, so reordering this enum changes neither the table nor any hash.
/// </summary>
public enum AuditAction
{
    /// <summary><c>read</c>: person data was shown or returned.</summary>
    Read,

    /// <summary><c>write</c>: person data was recorded or changed.</summary>
    Write,

    /// <summary><c>sign-in</c>: a user or client signed in.</summary>
    SignIn,

    /// <summary><c>sign-in-failed</c>: a sign-in was refused (wrong password, locked out, bad token).</summary>
    SignInFailed,

    /// <summary><c>refused</c>: access to a record was refused by the access policy.</summary>
    Refused,

    /// <summary><c>break-glass</c>: a user opened a record they were not entitled to, giving a reason.</summary>
    BreakGlass,

    /// <summary><c>export</c>: person data left the system as a file or feed.</summary>
    Export,

    /// <summary><c>search</c>: a search was run; <see cref="AuditRecord.What"/> holds the query.</summary>
    Search,

    /// <summary><c>link</c>: two records were linked as one person (by NHS number, the model or a practitioner).</summary>
    Link,

    /// <summary><c>unlink</c>: a link between two records was undone.</summary>
    Unlink,

    /// <summary><c>keep-apart</c>: a pair on the review list was decided to be two people.</summary>
    KeepApart,
}
