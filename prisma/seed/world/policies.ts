// The policy taxonomy every decision, strike and ad review cites, and the keyword rules.

export interface PolicySeed {
  code: string;
  title: string;
  userFacingText: string;
  description: string;
  category: string;
  domain: 'CONTENT' | 'ACCOUNT' | 'AD' | 'COPYRIGHT';
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  strikes: number;
  thresholds: { strikes: number; action: 'WARN' | 'SUSPEND' | 'BAN'; days?: number }[] | null;
}

export const POLICIES: PolicySeed[] = [
  { code: 'SPAM-1', title: 'Spam and scams', category: 'spam', domain: 'CONTENT', severity: 'LOW', strikes: 1, description: 'Repetitive, unsolicited or deceptive content, including fake giveaways and crypto "signals".', userFacingText: 'We removed this because it looks like spam or a scam. Repeated spam can lead to your account being limited.', thresholds: [{ strikes: 3, action: 'SUSPEND', days: 3 }, { strikes: 6, action: 'BAN' }] },
  { code: 'HAR-1', title: 'Harassment and bullying', category: 'harassment', domain: 'CONTENT', severity: 'MEDIUM', strikes: 1, description: 'Insults, targeted abuse, or content meant to shame or intimidate someone.', userFacingText: 'We removed this because it targets another person with insults or abuse, which our Community Guidelines do not allow.', thresholds: [{ strikes: 2, action: 'WARN' }, { strikes: 3, action: 'SUSPEND', days: 7 }, { strikes: 5, action: 'BAN' }] },
  { code: 'HATE-1', title: 'Hateful conduct', category: 'hate', domain: 'CONTENT', severity: 'HIGH', strikes: 2, description: 'Attacks on people based on protected characteristics, hate symbols.', userFacingText: 'We removed this because it attacks people for who they are.', thresholds: [{ strikes: 2, action: 'SUSPEND', days: 14 }, { strikes: 4, action: 'BAN' }] },
  { code: 'NUD-1', title: 'Adult nudity', category: 'nudity', domain: 'CONTENT', severity: 'HIGH', strikes: 1, description: 'Explicit nudity and sexual activity.', userFacingText: 'We removed this because it contains nudity, which is not allowed on Social Flow.', thresholds: [{ strikes: 3, action: 'SUSPEND', days: 7 }, { strikes: 5, action: 'BAN' }] },
  { code: 'SEX-1', title: 'Sexually suggestive content', category: 'suggestive', domain: 'CONTENT', severity: 'LOW', strikes: 0, description: 'Suggestive but not explicit content: age-restricted, not removed.', userFacingText: 'This is now age-restricted: only signed-in adults can see it.', thresholds: null },
  { code: 'VIO-1', title: 'Graphic violence', category: 'violence', domain: 'CONTENT', severity: 'HIGH', strikes: 1, description: 'Gratuitous gore or violence shown for shock value.', userFacingText: 'We removed this because it shows graphic violence.', thresholds: [{ strikes: 3, action: 'SUSPEND', days: 7 }, { strikes: 4, action: 'BAN' }] },
  { code: 'VIO-2', title: 'Violent threats', category: 'threats', domain: 'CONTENT', severity: 'CRITICAL', strikes: 2, description: 'Threats of violence against a person or group.', userFacingText: 'We removed this because it threatens violence.', thresholds: [{ strikes: 2, action: 'BAN' }] },
  { code: 'SH-1', title: 'Self-harm', category: 'self_harm', domain: 'CONTENT', severity: 'CRITICAL', strikes: 0, description: 'Content promoting self-harm; route the author to support resources.', userFacingText: 'We removed this and shared resources that can help. You are not alone.', thresholds: null },
  { code: 'MIS-1', title: 'Harmful misinformation', category: 'misinformation', domain: 'CONTENT', severity: 'MEDIUM', strikes: 1, description: 'False claims likely to cause real-world harm (health, elections).', userFacingText: 'We limited this because it contains claims that independent fact-checkers found false.', thresholds: [{ strikes: 3, action: 'SUSPEND', days: 7 }] },
  { code: 'DRUG-1', title: 'Regulated goods', category: 'regulated_goods', domain: 'CONTENT', severity: 'MEDIUM', strikes: 1, description: 'Selling drugs, weapons or other regulated goods.', userFacingText: 'We removed this because it offers regulated goods for sale.', thresholds: [{ strikes: 2, action: 'SUSPEND', days: 7 }] },
  { code: 'IMP-1', title: 'Impersonation', category: 'impersonation', domain: 'ACCOUNT', severity: 'HIGH', strikes: 1, description: 'Pretending to be another person, creator or brand.', userFacingText: 'Your profile was changed because it impersonated someone else.', thresholds: [{ strikes: 2, action: 'BAN' }] },
  { code: 'ACC-1', title: 'Fake engagement and bots', category: 'spam', domain: 'ACCOUNT', severity: 'MEDIUM', strikes: 1, description: 'Automated accounts, follow-for-follow rings, bought engagement.', userFacingText: 'Your account was limited for inauthentic activity.', thresholds: [{ strikes: 2, action: 'SUSPEND', days: 14 }, { strikes: 3, action: 'BAN' }] },
  { code: 'ACC-2', title: 'Ban evasion', category: 'ban_evasion', domain: 'ACCOUNT', severity: 'CRITICAL', strikes: 3, description: 'A new account created to get around a ban.', userFacingText: 'This account was closed because it was created to evade an earlier ban.', thresholds: [{ strikes: 3, action: 'BAN' }] },
  { code: 'AD-MISLEAD', title: 'Misleading claims', category: 'misleading', domain: 'AD', severity: 'MEDIUM', strikes: 0, description: 'Exaggerated, unrealistic or unverifiable claims.', userFacingText: 'Your ad makes claims we could not verify (for example guaranteed results). Remove or substantiate them and resubmit.', thresholds: null },
  { code: 'AD-FIN', title: 'Financial products and scams', category: 'financial', domain: 'AD', severity: 'HIGH', strikes: 0, description: 'Get-rich-quick schemes, unlicensed investment advice.', userFacingText: 'Ads for financial products need a licence and may not promise returns. Provide your licence number or change the offer.', thresholds: null },
  { code: 'AD-HEALTH', title: 'Health and weight-loss claims', category: 'health', domain: 'AD', severity: 'MEDIUM', strikes: 0, description: 'Before/after claims, miracle cures, unapproved supplements.', userFacingText: 'Health claims in ads must be accurate and approved. Remove "lose 10 kg in a week" style claims.', thresholds: null },
  { code: 'AD-ADULT', title: 'Adult content in ads', category: 'adult', domain: 'AD', severity: 'HIGH', strikes: 0, description: 'Sexual or suggestive creatives.', userFacingText: 'Your creative is too suggestive for an ad. Use a different image or video.', thresholds: null },
  { code: 'AD-QUALITY', title: 'Creative quality', category: 'quality', domain: 'AD', severity: 'LOW', strikes: 0, description: 'Unreadable text, low resolution, excessive capitalisation or punctuation.', userFacingText: 'Your ad text or image quality is below our standards (for example ALL CAPS or "!!!"). Please revise it.', thresholds: null },
  { code: 'AD-LANDING', title: 'Destination does not work', category: 'landing_page', domain: 'AD', severity: 'LOW', strikes: 0, description: 'Broken, redirecting or mismatched landing pages.', userFacingText: 'The destination URL did not load or did not match the ad. Fix the link and resubmit.', thresholds: null },
  { code: 'AD-TM', title: 'Trademark use', category: 'trademark', domain: 'AD', severity: 'MEDIUM', strikes: 0, description: 'Using another brand\'s trademark without authorisation.', userFacingText: 'Your ad uses a trademark you are not authorised to use.', thresholds: null },
  { code: 'CR-STRIKE', title: 'Copyright infringement', category: 'copyright', domain: 'COPYRIGHT', severity: 'HIGH', strikes: 1, description: 'A video removed after a valid takedown request.', userFacingText: 'This video was removed after a copyright takedown request. Three active copyright strikes lead to account termination.', thresholds: [{ strikes: 3, action: 'BAN' }] },
  { code: 'CR-CLAIM', title: 'Copyright claim', category: 'copyright', domain: 'COPYRIGHT', severity: 'LOW', strikes: 0, description: 'A Content-ID style match; no strike.', userFacingText: 'Your video contains content owned by someone else; they may monetize, track or block it.', thresholds: null },
];

export interface KeywordRuleSeed {
  pattern: string;
  isRegex: boolean;
  appliesTo: ('COMMENT' | 'STREAM_CHAT' | 'POST')[];
  description: string;
  policy: string;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  enabled: boolean;
}

export const KEYWORD_RULES: KeywordRuleSeed[] = [
  { pattern: 'crypto signals', isRegex: false, appliesTo: ['COMMENT', 'STREAM_CHAT', 'POST'], description: 'Crypto "signals" scam wave', policy: 'SPAM-1', severity: 'MEDIUM', enabled: true },
  { pattern: '(?i)\\bDM me on (telegram|whatsapp)\\b', isRegex: true, appliesTo: ['COMMENT', 'STREAM_CHAT'], description: 'Off-platform contact, typical for scams', policy: 'SPAM-1', severity: 'LOW', enabled: true },
  { pattern: '(?i)free\\s+\\d{1,3}[,.]?\\d{3}\\s+followers', isRegex: true, appliesTo: ['COMMENT', 'POST'], description: 'Follower-selling spam', policy: 'ACC-1', severity: 'LOW', enabled: true },
  { pattern: 'prize-claim-', isRegex: false, appliesTo: ['COMMENT', 'STREAM_CHAT', 'POST'], description: 'Fake giveaway domains', policy: 'SPAM-1', severity: 'MEDIUM', enabled: true },
  { pattern: '(?i)\\$\\d{3,}/day', isRegex: true, appliesTo: ['COMMENT', 'STREAM_CHAT'], description: 'Work-from-home income claims', policy: 'SPAM-1', severity: 'LOW', enabled: true },
  { pattern: '(?i)\\b(idiot|loser|clown)\\b', isRegex: true, appliesTo: ['COMMENT', 'STREAM_CHAT'], description: 'Common insults (review, do not auto-remove)', policy: 'HAR-1', severity: 'LOW', enabled: true },
  { pattern: 'delete your channel', isRegex: false, appliesTo: ['COMMENT', 'STREAM_CHAT'], description: 'Targeted harassment phrase', policy: 'HAR-1', severity: 'MEDIUM', enabled: true },
  { pattern: '(?i)kill yourself|kys', isRegex: true, appliesTo: ['COMMENT', 'STREAM_CHAT', 'POST'], description: 'Self-harm encouragement: escalate immediately', policy: 'SH-1', severity: 'CRITICAL', enabled: true },
  { pattern: 'exclusive content 💋', isRegex: false, appliesTo: ['COMMENT'], description: 'Adult spam bots', policy: 'SPAM-1', severity: 'LOW', enabled: true },
  { pattern: 'miracle cure', isRegex: false, appliesTo: ['COMMENT', 'POST'], description: 'Health misinformation (paused: too many false positives)', policy: 'MIS-1', severity: 'LOW', enabled: false },
];

export const policyIndex = (code: string): number => {
  const i = POLICIES.findIndex((p) => p.code === code);
  if (i < 0) throw new Error(`unknown policy ${code}`);
  return i;
};

/** Rekognition categories with ad pre-screen thresholds (confidence 0–100). */
export const PRESCREEN_THRESHOLDS: { category: string; clear: number; flag: number }[] = [
  { category: 'Explicit', clear: 20, flag: 60 },
  { category: 'Non-Explicit Nudity of Intimate parts and Kissing', clear: 40, flag: 85 },
  { category: 'Swimwear or Underwear', clear: 60, flag: 95 },
  { category: 'Violence', clear: 30, flag: 70 },
  { category: 'Visually Disturbing', clear: 30, flag: 75 },
  { category: 'Drugs & Tobacco', clear: 50, flag: 90 },
  { category: 'Alcohol', clear: 70, flag: 98 },
  { category: 'Rude Gestures', clear: 60, flag: 95 },
  { category: 'Gambling', clear: 40, flag: 80 },
  { category: 'Hate Symbols', clear: 10, flag: 50 },
];
