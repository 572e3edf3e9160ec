/** Calm, distinguishable tag colours (Mantine palette, shade 6). */
export const TAG_SWATCHES = ['#1c7ed6', '#0ca678', '#f59f00', '#e8590c', '#d6336c', '#7048e8', '#1098ad', '#74b816', '#868e96', '#ae3ec9'];

export const isHexColor = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);
