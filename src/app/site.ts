/** The dashboard's name, as the header, page titles and exports show it. */
export const SITE_NAME = 'Kazakhstan torture-prevention indicators';
