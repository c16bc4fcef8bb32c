export declare const ACTION_BODY_LIMIT_MB: number;
export declare const ACTION_BODY_LIMIT_BYTES: number;
