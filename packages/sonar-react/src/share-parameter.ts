/** The URL parameter that carries a share code: `?sonar=<code>`. */
export const SHARE_PARAMETER = "sonar";
