/** The dashboard's name, as the header, page titles and exported images show it. */
export const SITE_NAME = 'Kazakhstan torture-prevention indicators';
