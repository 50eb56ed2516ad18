using System.Text;

namespace Sightline.Storage.Identity;

/// <summary>Identity's property names as the schema's column names: <c>NormalizedUserName</c> → <c>normalized_user_name</c>.</summary>
internal static class SnakeCase
{
    public static string Of(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && !char.IsUpper(name[i - 1]))
                {
                    text.Append('_');
                }
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
